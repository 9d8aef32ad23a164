package dev.asynciotck.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The kit's test certificates ({@code spec/tls}, shipped in the spec jar under {@value #RESOURCES}):
 * a self-signed certificate for {@code localhost} and {@code 127.0.0.1} with its key, made for the
 * kit's tests (the key is no secret), and another certificate, whose key was thrown away, that
 * trusts nothing the kit serves. The TLS contexts of the builtins {@code tls_server_context()} and
 * {@code tls_client_context()} are made from them; the Python driver reads the same files.
 */
public final class TestCertificates {

    /** Where the files are on the classpath. */
    public static final String RESOURCES = "asynciotck/tls/";
    /** The server's certificate. */
    public static final String CERTIFICATE = "localhost.crt";
    /** The server's private key (PKCS #8, PEM). */
    public static final String KEY = "localhost.key";
    /** A certificate that is not the server's: a client that trusts only it refuses the server. */
    public static final String OTHER_CERTIFICATE = "other.crt";
    /** Every file, for the driver's copy. */
    public static final List<String> FILES = List.of(CERTIFICATE, KEY, OTHER_CERTIFICATE);

    private TestCertificates() {
    }

    /** @return a new server context with the test certificate and its key */
    public static SSLContext serverContext() {
        return context(Managers.KEYS, null);
    }

    /**
     * @param trust whether to trust the test certificate (else only {@value #OTHER_CERTIFICATE})
     * @return a new client context, which checks the server's certificate and host name
     */
    public static SSLContext clientContext(boolean trust) {
        return context(null, trust ? Managers.TRUST_TEST_CERTIFICATE : Managers.TRUST_OTHER_CERTIFICATE);
    }

    private static SSLContext context(KeyManager[] keys, TrustManager[] trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the kit's test certificate does not load: " + e, e);
        }
    }

    /**
     * The key and trust managers, made once: they hold no state of a connection, and a key store
     * holding the key costs two key derivations (PBKDF2) to build, which were most of a TLS
     * program's time. Each context is still new, with its own sessions.
     */
    private static final class Managers {
        static final KeyManager[] KEYS = keys();
        static final TrustManager[] TRUST_TEST_CERTIFICATE = trusting(CERTIFICATE);
        static final TrustManager[] TRUST_OTHER_CERTIFICATE = trusting(OTHER_CERTIFICATE);

        private static KeyManager[] keys() {
            try {
                KeyStore store = emptyStore();
                store.setKeyEntry("localhost", privateKey(), new char[0], new Certificate[] {certificate(CERTIFICATE)});
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, new char[0]);
                return keys.getKeyManagers();
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("the kit's test certificate does not load: " + e, e);
            }
        }

        private static TrustManager[] trusting(String certificate) {
            try {
                KeyStore store = emptyStore();
                store.setCertificateEntry("trusted", certificate(certificate));
                TrustManagerFactory trusted = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trusted.init(store);
                return trusted.getTrustManagers();
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("the kit's test certificate does not load: " + e, e);
            }
        }
    }

    /**
     * @param name one of {@link #FILES}
     * @return the file's content, from the classpath
     * @throws IOException when the spec jar is not on the classpath
     */
    public static InputStream open(String name) throws IOException {
        InputStream in = TestCertificates.class.getClassLoader().getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException(RESOURCES + name + " is not on the classpath (the asyncio-tck-spec jar ships spec/tls)");
        }
        return in;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static Certificate certificate(String name) throws IOException, GeneralSecurityException {
        try (InputStream in = open(name)) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static PrivateKey privateKey() throws IOException, GeneralSecurityException {
        String pem;
        try (InputStream in = open(KEY)) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
