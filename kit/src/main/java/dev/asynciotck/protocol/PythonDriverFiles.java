package dev.asynciotck.protocol;

import dev.asynciotck.loop.LoopSelectionException;
import dev.asynciotck.vocabulary.Vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The Python driver ({@code drivers/python/*.py}), shipped in this jar under {@value #RESOURCES}
 * and unpacked once per JVM into a temporary directory that is deleted when the JVM exits, with
 * the vocabulary it reads ({@code spec/vocabulary.json}, from the spec jar) next to it.
 */
final class PythonDriverFiles {

    static final String RESOURCES = "asynciotck/driver/python";
    static final String MAIN = "tck_driver.py";
    /** The vocabulary on the classpath (without the leading '/'), and its name next to the driver. */
    static final String VOCABULARY = Vocabulary.RESOURCE.substring(1);
    static final String VOCABULARY_FILE = "vocabulary.json";

    private static Path script;

    private PythonDriverFiles() {
    }

    /**
     * @return the unpacked {@value #MAIN}, next to the modules it imports
     * @throws LoopSelectionException if the files are missing from the classpath or cannot be unpacked
     */
    static synchronized Path script() {
        if (script == null) {
            try {
                script = unpack().resolve(MAIN);
            } catch (IOException | UncheckedIOException | URISyntaxException e) {
                throw new LoopSelectionException("cannot unpack the Python driver (" + RESOURCES + "/*.py and "
                        + VOCABULARY + ") into a temporary directory: " + e, e);
            }
        }
        return script;
    }

    private static Path unpack() throws IOException, URISyntaxException {
        ClassLoader loader = PythonDriverFiles.class.getClassLoader();
        URL main = loader.getResource(RESOURCES + "/" + MAIN);
        if (main == null) {
            throw new LoopSelectionException("the Python driver is missing: no " + RESOURCES + "/" + MAIN
                    + " on the classpath (the asyncio-tck-kit jar is built with drivers/python/*.py inside)");
        }
        Path target = Files.createTempDirectory("asyncio-tck-python-driver-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(target), "tck-driver-cleanup"));
        for (String name : names(main)) {
            copy(loader, RESOURCES + "/" + name, target.resolve(name));
        }
        copy(loader, VOCABULARY, target.resolve(VOCABULARY_FILE));
        Path tls = Files.createDirectory(target.resolve("tls"));  // the driver's tls_file() looks here first
        for (String name : dev.asynciotck.tls.TestCertificates.FILES) {
            copy(loader, dev.asynciotck.tls.TestCertificates.RESOURCES + name, tls.resolve(name));
        }
        return target;
    }

    private static void copy(ClassLoader loader, String resource, Path file) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("cannot read " + resource + " from the classpath");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** @return the names of the {@code .py} files next to {@code main}, in a directory or a jar */
    private static List<String> names(URL main) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if (main.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) main.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String entry = e.nextElement().getName();
                    String name = entry.substring(entry.lastIndexOf('/') + 1);
                    if (entry.equals(RESOURCES + "/" + name) && name.endsWith(".py")) {
                        names.add(name);
                    }
                }
            }
        } else if (main.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(main.toURI()).getParent())) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".py")).forEach(names::add);
            }
        } else {
            throw new IOException("cannot list " + main + " (neither a jar nor a directory)");
        }
        return names;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: the directory is in the system's temporary area
        }
    }
}
