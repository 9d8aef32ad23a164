package dev.asynciotck.contract;

import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract module ({@code api/}, artifact {@code asyncio-tck-api}) is what a JVM loop author
 * depends on: it holds only {@code dev.asynciotck.api} and depends on nothing but the JDK.
 */
class ContractModuleTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path API = ROOT.resolve("api");
    private static final Pattern CITED = Pattern.compile("\\{@code ([A-Z]+(?:-[A-Z0-9]+)*-[0-9]+)\\}");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void theContractModuleDeclaresNoDependency() throws Exception {
        assertEquals(List.of(), dependencies(API.resolve("pom.xml"), false),
                "api/pom.xml must declare no dependency: the contract is the JDK and dev.asynciotck.api only");
    }

    @Test
    void theParentGivesNoModuleADependency() throws Exception {
        assertEquals(List.of(), dependencies(ROOT.resolve("pom.xml"), true),
                "the parent pom must not declare <dependencies> (every module, the contract included, would inherit them); "
                        + "use <dependencyManagement>");
    }

    @Test
    void theContractHoldsOnePackageThatImportsOnlyTheJdk() throws IOException {
        List<String> problems = new ArrayList<>();
        Path sources = API.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = ROOT.relativize(file).toString();
                if (!sources.relativize(file.getParent()).toString().equals("dev/asynciotck/api")) {
                    problems.add(where + ": outside the package dev.asynciotck.api");
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (!imported.startsWith("java.") && !imported.startsWith("javax.net.ssl.")
                            && !imported.startsWith("dev.asynciotck.api.")) {
                        problems.add(where + ": imports " + imported);
                    }
                }
            }
        }
        if (Files.exists(API.resolve("src/test"))) {
            problems.add("api/src/test: the contract module has no tests of its own (they would need a dependency); "
                    + "the reference loop's and the kit's tests exercise it");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theContractsJavadocCitesEveryClauseAndOnlyClausesThatExist() throws IOException {
        ClauseCatalog catalog = ClauseCatalog.load();
        Set<String> cited = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(API.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CITED.matcher(Files.readString(file));
                while (m.find()) {
                    cited.add(m.group(1));
                    if (catalog.find(m.group(1)).isEmpty()) {
                        unknown.add(API.relativize(file) + " cites " + m.group(1) + ", which is no clause");
                    }
                }
            }
        }
        assertEquals(List.of(), unknown);
        List<String> uncited = catalog.clauses().stream().map(Clause::id).filter(id -> !cited.contains(id)).toList();
        assertEquals(List.of(), uncited, "clauses no method of the contract cites (add them to the 'Clauses:' "
                + "paragraph of the methods that carry them)");
    }

    /** The {@code groupId:artifactId} of each dependency the pom declares (outside dependencyManagement). */
    private static List<String> dependencies(Path pom, boolean alsoInProfiles) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(pom.toFile());
        List<String> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
            Element dependency = (Element) all.item(i);
            Node list = dependency.getParentNode();
            Node owner = list.getParentNode();
            boolean managed = owner.getNodeName().equals("dependencyManagement");
            boolean plugin = owner.getNodeName().equals("plugin");
            boolean inProfile = owner.getNodeName().equals("profile");
            if (!managed && !plugin && (alsoInProfiles || !inProfile)) {
                found.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
            }
        }
        return found;
    }

    private static String text(Element e, String child) {
        NodeList n = e.getElementsByTagName(child);
        return n.getLength() == 0 ? "?" : n.item(0).getTextContent().trim();
    }
}
