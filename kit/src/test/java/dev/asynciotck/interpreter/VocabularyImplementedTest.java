package dev.asynciotck.interpreter;

import dev.asynciotck.api.PyType;
import dev.asynciotck.api.ReturnWhen;
import dev.asynciotck.vocabulary.ExceptionType;
import dev.asynciotck.vocabulary.ObjectKind;
import dev.asynciotck.vocabulary.LanguageName;
import dev.asynciotck.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The interpreter implements exactly the vocabulary ({@code spec/vocabulary.json}): no name the
 * vocabulary lacks, none it has missing. (The Python driver's twin of this test is in its
 * self-test.)
 */
class VocabularyImplementedTest {

    private static final Vocabulary VOCABULARY = Vocabulary.load();

    @Test
    void everyKindHasExactlyTheMethodsOfTheVocabulary() {
        Map<String, Set<String>> implemented = new TreeMap<>();
        Map<String, Set<String>> vocabulary = new TreeMap<>();
        Methods.BY_KIND.forEach((kind, table) -> {
            if (!kind.equals("asyncio")) {
                implemented.put(kind, new TreeSet<>(table.keySet()));
            }
        });
        for (ObjectKind kind : VOCABULARY.kinds()) {
            vocabulary.put(kind.name(), new TreeSet<>(kind.methodNames()));
        }
        assertEquals(vocabulary, implemented, "the interpreter's methods by kind (Methods) differ from the vocabulary's");
    }

    @Test
    void theAsyncioModuleHasExactlyTheFunctionsOfTheVocabulary() {
        Set<String> callable = new TreeSet<>(names(LanguageName.FUNCTION));
        callable.addAll(names(LanguageName.CLASS));
        assertEquals(callable, new TreeSet<>(Methods.BY_KIND.get("asyncio").keySet()));
        for (LanguageName n : VOCABULARY.asyncio()) {
            if (n.is(LanguageName.BASE_CLASS)) {
                assertThrows(InvalidProgramException.class, () -> AsyncioModule.attribute(n.name()),
                        "asyncio." + n.name() + " is a class base only, not a value");
                continue;
            }
            Object value = AsyncioModule.attribute(n.name());
            String got = value instanceof BoundMethod ? (n.is(LanguageName.CLASS) ? LanguageName.CLASS : LanguageName.FUNCTION)
                    : value instanceof ExceptionClass ? LanguageName.EXCEPTION : LanguageName.CONSTANT;
            assertEquals(n.role(), got, "asyncio." + n.name());
        }
        assertEquals(names(LanguageName.CONSTANT), Arrays.stream(ReturnWhen.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new)), "asyncio's constants are the values of return_when");
    }

    @Test
    void theBuiltinsAreExactlyTheVocabularys() {
        assertEquals(VOCABULARY.builtins().stream().map(LanguageName::name).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(Builtins.BUILTINS.keySet()));
    }

    @Test
    void theContractsExceptionTypesAreTheVocabularysWithTheSameHierarchy() {
        Map<String, String> contract = new TreeMap<>();
        for (PyType t : PyType.values()) {
            contract.put(t.pythonName(), (t.parent() == null ? "-" : t.parent().pythonName())
                    + t.also().stream().map(b -> ", " + b.pythonName()).collect(java.util.stream.Collectors.joining()));
        }
        Map<String, String> vocabulary = new TreeMap<>();
        for (ExceptionType t : VOCABULARY.exceptions()) {
            vocabulary.put(t.name(), (t.base() == null ? "-" : t.base())
                    + t.also().stream().map(b -> ", " + b).collect(java.util.stream.Collectors.joining()));
        }
        assertEquals(vocabulary, contract, "dev.asynciotck.api.PyType differs from the vocabulary's exceptions");
    }

    private static Set<String> names(String role) {
        return VOCABULARY.asyncio().stream().filter(n -> n.is(role)).map(LanguageName::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
