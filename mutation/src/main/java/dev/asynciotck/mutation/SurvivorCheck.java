package dev.asynciotck.mutation;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs after pitest: every mutant that survived (or that no check reached) must be listed in
 * {@code equivalent-mutants.md} with a reason, and every listed mutant must still exist. Prints the
 * unlisted survivors and exits 1 if there are any, so a new survivor cannot go unnoticed.
 */
public final class SurvivorCheck {

    private SurvivorCheck() {
    }

    /**
     * @param args the pitest {@code mutations.xml}, then {@code equivalent-mutants.md}
     * @throws Exception when a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        List<String> survivors = survivors(Path.of(args[0]));
        Set<String> listed = listed(Path.of(args[1]));
        List<String> unlisted = new ArrayList<>();
        for (String s : survivors) {
            if (!listed.contains(s)) {
                unlisted.add(s);
            }
        }
        Set<String> stale = new LinkedHashSet<>(listed);
        stale.removeAll(survivors);
        System.out.println("[survivor-check] " + survivors.size() + " mutants survived, " + listed.size()
                + " listed as equivalent in " + args[1]);
        for (String s : stale) {
            System.out.println("[survivor-check] listed but no longer surviving (remove the row): " + s);
        }
        if (!unlisted.isEmpty()) {
            System.out.println("[survivor-check] surviving mutants not listed as equivalent — kill them with a new "
                    + "check, or add a row with a one-line reason:");
            for (String s : unlisted) {
                System.out.println("  | " + s.replace(" :: ", " | ") + " | (reason) |");
            }
            System.exit(1);
        }
    }

    /** @return {@code class :: method :: description} of each surviving or uncovered mutant */
    static List<String> survivors(Path mutationsXml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(mutationsXml.toFile());
        NodeList mutations = doc.getElementsByTagName("mutation");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element m = (Element) mutations.item(i);
            String status = m.getAttribute("status");
            if (status.equals("SURVIVED") || status.equals("NO_COVERAGE")) {
                String cls = text(m, "mutatedClass");
                out.add(cls.substring(cls.lastIndexOf('.') + 1) + " :: " + text(m, "mutatedMethod") + " :: "
                        + text(m, "description"));
            }
        }
        return out;
    }

    /** @return the rows of the Markdown table: {@code | class | method | description | reason |} */
    static Set<String> listed(Path markdown) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(markdown)) {
            String[] cells = line.split("\\|");
            if (cells.length >= 5 && line.startsWith("|") && !cells[1].isBlank() && !cells[1].contains("---")
                    && !cells[1].trim().equals("class")) {
                out.add(cells[1].trim() + " :: " + cells[2].trim() + " :: " + cells[3].trim());
            }
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
