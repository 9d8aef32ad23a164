package dev.asynciotck.program;

import dev.asynciotck.vocabulary.LanguageName;
import dev.asynciotck.vocabulary.Vocabulary;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The names a program may use: Python identifiers (ASCII) that are not keywords. */
final class PythonNames {

    /** Python's keywords ({@code keyword.kwlist}), from the vocabulary. */
    static final Set<String> KEYWORDS = Vocabulary.load().keywords();

    /** The names of asyncio a program's class may name as its base ({@code Protocol}), from the vocabulary. */
    static final Set<String> BASE_CLASSES = Vocabulary.load().asyncio().stream()
            .filter(n -> n.is(LanguageName.BASE_CLASS)).map(LanguageName::name)
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));

    /** The allowed bases as a program writes them: {@code asyncio.BaseProtocol, asyncio.Protocol}. */
    static final String BASES = BASE_CLASSES.stream().map(n -> "asyncio." + n).collect(Collectors.joining(", "));

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PythonNames() {
    }

    /**
     * @param name a string
     * @return what is wrong with it as a name, or {@code null} if it is one
     */
    static String problemWithName(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            return dev.asynciotck.json.StrictJson.quote(name)
                    + " is not a Python identifier (letters, digits and _, not starting with a digit)";
        }
        if (KEYWORDS.contains(name)) {
            return dev.asynciotck.json.StrictJson.quote(name) + " is a Python keyword, not a name";
        }
        return null;
    }

    /**
     * @param name a string such as {@code ValueError} or {@code asyncio.CancelledError}
     * @return what is wrong with it as a dotted name, or {@code null} if it is one
     */
    static String problemWithDottedName(String name) {
        for (String part : name.split("\\.", -1)) {
            String problem = problemWithName(part);
            if (problem != null) {
                return dev.asynciotck.json.StrictJson.quote(name)
                        + " is not a name or a dotted name (like asyncio.CancelledError): " + problem;
            }
        }
        return null;
    }
}
