package dev.asynciotck.program;

import java.util.Set;
import java.util.regex.Pattern;

/** The names a program may use: Python identifiers (ASCII) that are not keywords. */
final class PythonNames {

    /** Python 3.11's {@code keyword.kwlist}. */
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
            "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
            "pass", "raise", "return", "try", "while", "with", "yield");

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
