package dev.asynciotck.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a JSON file whose top level is an object; every problem is a {@link ReportException} naming the file. */
final class JsonFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonFile() {
    }

    /**
     * @param file a JSON file
     * @param what what it should be, for messages ("a conformance summary")
     * @return its top-level object
     * @throws ReportException if it is missing, unreadable, not JSON (with line and column) or not an object
     */
    static JsonNode readObject(Path file, String what) {
        String text = readText(file, what);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ReportException(file + ": not JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ReportException(file + ": empty file (expected " + what + ", a JSON object)");
        }
        if (!root.isObject()) {
            throw new ReportException(file + ": expected " + what + ", a JSON object, got " + Fields.kind(root));
        }
        return root;
    }

    /**
     * @param file a JSON file
     * @param what what it should be, for messages ("a saved case")
     * @return its text
     * @throws ReportException if it is missing, unreadable or not UTF-8
     */
    static String readText(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ReportException(file + ": no such file (expected " + what + ")", e);
        } catch (CharacterCodingException e) {
            throw new ReportException(file + ": not UTF-8 text (expected " + what + " in JSON)", e);
        } catch (IOException e) {
            throw new ReportException(file + ": cannot read it: " + e.getMessage(), e);
        }
    }
}
