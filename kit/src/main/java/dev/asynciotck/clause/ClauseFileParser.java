package dev.asynciotck.clause;

import dev.asynciotck.python.PythonRange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one area file, {@code <AREA>.md}: the {@code # <AREA>: <title>} heading, where the area is
 * the id prefix of every clause in the file (the id without its number, e.g. {@code LOOP-SOON}),
 * then clauses, each a {@code ## <AREA>-<n>: <title>} heading, a {@code | Field | Value |} table and
 * a rule paragraph. Any departure from that format is a {@link ClauseFormatException} naming the
 * file and line.
 */
final class ClauseFileParser {

    /** A clause and the line of its heading. */
    record Located(Clause clause, int line) {
    }

    /** The clauses of one area file, in file order. */
    record AreaFile(String fileName, String area, List<Located> clauses) {
    }

    private static final Pattern AREA_HEADING = Pattern.compile("# +([A-Z]+(?:-[A-Z0-9]+)*): +(\\S.*)");
    private static final Pattern CLAUSE_HEADING = Pattern.compile("## +([A-Z]+(?:-[A-Z0-9]+)*-[0-9]+): +(\\S.*)");
    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");
    private static final Set<String> FIELDS = Set.of("Level", "Source", "Python", "Versions", "Freedom", "Status",
            "Relies on");
    private static final Pattern RELIANCE = Pattern.compile("([A-Z]+(?:-[A-Z0-9]+)*-[0-9]+): +(\\S.*)");
    private static final List<String> REQUIRED = List.of("Level", "Source", "Python", "Versions", "Freedom");

    private final String file;
    private final String[] lines;

    private ClauseFileParser(String file, String markdown) {
        this.file = file;
        this.lines = markdown.split("\\r?\\n", -1);
    }

    static AreaFile parse(String fileName, String markdown) {
        return new ClauseFileParser(fileName, markdown).parse();
    }

    private AreaFile parse() {
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i == lines.length) {
            throw error(1, "empty file: expected '# <AREA>: <title>' as the first line");
        }
        Matcher areaMatch = AREA_HEADING.matcher(lines[i].strip());
        if (!areaMatch.matches()) {
            throw error(i + 1, "expected '# <AREA>: <title>' as the first line (the area is the id prefix of its "
                    + "clauses, e.g. '# LOOP-SOON: call_soon'), found '" + lines[i].strip() + "'");
        }
        String area = areaMatch.group(1);
        if (file.endsWith(".md") && !file.substring(file.lastIndexOf('/') + 1).equals(area + ".md")) {
            throw error(i + 1, "the file of area " + area + " is named " + area + ".md, not "
                    + file.substring(file.lastIndexOf('/') + 1));
        }
        int areaLine = i + 1;
        List<Located> clauses = new ArrayList<>();
        int headingIndex = -1;
        for (i = i + 1; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : null;
            boolean end = line == null;
            if (!end && (line.equals("#") || line.startsWith("# "))) {
                throw error(i + 1, "a second '# ' heading ('" + line + "'): an area file has exactly one");
            }
            boolean heading = !end && (line.equals("##") || line.startsWith("## "));
            if (end || heading) {
                if (headingIndex >= 0) {
                    clauses.add(clause(area, headingIndex, i));
                }
                headingIndex = i;
            }
        }
        if (clauses.isEmpty()) {
            throw error(areaLine, "area '" + area + "' has no clause ('## <ID>: <title>' heading)");
        }
        return new AreaFile(file, area, List.copyOf(clauses));
    }

    /** The clause whose heading is at index {@code start}; its body runs up to index {@code end}. */
    private Located clause(String area, int start, int end) {
        int headingLine = start + 1;
        String heading = lines[start].strip();
        Matcher m = CLAUSE_HEADING.matcher(heading);
        if (!m.matches()) {
            throw error(headingLine, "clause heading is not '## <ID>: <title>': '" + heading + "'");
        }
        String id = m.group(1);
        if (!id.matches(Pattern.quote(area) + "-[0-9]+")) {
            throw error(headingLine, "clause " + id + " is not of area " + area + " (its id would be " + area
                    + "-<n>); a clause lives in the file named after its id prefix");
        }
        String title = m.group(2).strip();

        int i = start + 1;
        while (i < end && lines[i].isBlank()) {
            i++;
        }
        if (i == end || !lines[i].strip().startsWith("|")) {
            throw error(i < end ? i + 1 : headingLine,
                    "clause " + id + ": expected the field table ('| Field | Value |') after the heading");
        }
        List<String> header = cells(i);
        if (!header.equals(List.of("Field", "Value"))) {
            throw error(i + 1, "clause " + id + ": the table header must be '| Field | Value |'");
        }
        i++;
        if (i == end || !lines[i].strip().startsWith("|")
                || !cells(i).stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches())) {
            throw error(Math.min(i, end - 1) + 1, "clause " + id + ": expected the table separator '|---|---|'");
        }
        i++;
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        for (; i < end && lines[i].strip().startsWith("|"); i++) {
            List<String> row = cells(i);
            if (row.size() != 2) {
                throw error(i + 1, "clause " + id + ": a table row must have 2 cells, found " + row.size());
            }
            String name = row.get(0);
            if (!FIELDS.contains(name)) {
                throw error(i + 1, "clause " + id + ": unknown field '" + name
                        + "' (known: Level, Source, Python, Versions, Freedom, Status, Relies on)");
            }
            if (fields.containsKey(name)) {
                throw error(i + 1, "clause " + id + ": field " + name + " given twice (first at line "
                        + fieldLines.get(name) + ")");
            }
            if (row.get(1).isEmpty()) {
                throw error(i + 1, "clause " + id + ": field " + name + " is empty");
            }
            fields.put(name, row.get(1));
            fieldLines.put(name, i + 1);
        }

        while (i < end && lines[i].isBlank()) {
            i++;
        }
        int ruleLine = i + 1;
        StringBuilder rule = new StringBuilder();
        for (; i < end && !lines[i].isBlank(); i++) {
            if (rule.length() > 0) {
                rule.append(' ');
            }
            rule.append(lines[i].strip());
        }
        if (rule.length() == 0) {
            throw error(headingLine, "clause " + id + ": no rule paragraph after the field table");
        }

        for (String name : REQUIRED) {
            if (!fields.containsKey(name)) {
                throw error(headingLine, "clause " + id + ": missing " + name + " field");
            }
        }
        String levelText = fields.get("Level");
        Level level = Level.fromKeyword(levelText).orElseThrow(() -> error(fieldLines.get("Level"),
                "clause " + id + ": unknown Level '" + levelText + "' (expected MUST, SHOULD or MAY)"));
        String python = fields.get("Python");
        if (PythonRange.parse(python).isEmpty()) {
            throw error(fieldLines.get("Python"), "clause " + id + ": malformed Python field '" + python
                    + "' (" + PythonRange.EXPECTED + ")");
        }
        boolean retired = false;
        if (fields.containsKey("Status")) {
            String status = fields.get("Status");
            if (!status.equals("active") && !status.equals("retired")) {
                throw error(fieldLines.get("Status"), "clause " + id + ": unknown Status '" + status
                        + "' (expected active or retired)");
            }
            retired = status.equals("retired");
        }
        if (!Pattern.compile("\\b" + level.keyword() + "\\b").matcher(rule).find()) {
            throw error(ruleLine, "clause " + id + ": the rule paragraph lacks its level keyword "
                    + level.keyword() + " (in capitals)");
        }
        List<Reliance> reliesOn = new ArrayList<>();
        if (fields.containsKey("Relies on")) {
            for (String part : fields.get("Relies on").split(";")) {
                Matcher rm = RELIANCE.matcher(part.strip());
                if (!rm.matches()) {
                    throw error(fieldLines.get("Relies on"), "clause " + id + ": a reliance is '<CLAUSE-ID>: why', "
                            + "several separated by ';', found '" + part.strip() + "'");
                }
                if (rm.group(1).equals(id)) {
                    throw error(fieldLines.get("Relies on"), "clause " + id + " relies on itself");
                }
                reliesOn.add(new Reliance(rm.group(1), rm.group(2).strip()));
            }
        }
        Clause clause = new Clause(id, level, area, title, rule.toString(), fields.get("Source"), python,
                fields.get("Versions"), fields.get("Freedom"), retired, reliesOn);
        return new Located(clause, headingLine);
    }

    /** The cells of the table row at index {@code i}: split on unescaped '|', trimmed, "\|" unescaped. */
    private List<String> cells(int i) {
        String row = lines[i].strip();
        String inner = row.substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < inner.length(); k++) {
            char c = inner.charAt(k);
            if (c == '\\' && k + 1 < inner.length() && inner.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private ClauseFormatException error(int line, String problem) {
        return new ClauseFormatException(file, line, problem);
    }
}
