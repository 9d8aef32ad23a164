package dev.asynciotck.api;

import java.nio.ByteBuffer;
import java.security.cert.CertificateException;
import java.util.ArrayDeque;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * TLS over any {@link Transport}: asyncio's {@code sslproto.SSLProtocol} on Java's
 * {@link SSLEngine}. It is the protocol of the plain transport; the application's protocol gets
 * a {@link TlsTransport} that encrypts what it writes, and is given the decrypted data. Its
 * {@code connection_made} is called once the handshake is done (unless the connection existed
 * before, as with {@code start_tls}), and the handshake's waiter gets its result then, or the
 * handshake's error. A JVM loop with the network capability gets TLS from it for free, as asyncio's
 * loops do from {@code sslproto}.
 *
 * <p>Everything runs on the loop's thread: the engine's delegated tasks too.
 *
 * <p>Clauses: {@code TLS-CONNECT-1}, {@code TLS-CONNECT-2}, {@code TLS-VERIFY-1}, {@code TLS-START-1}.
 */
public final class TlsProtocol implements Protocol {

    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private final SSLContext context;
    private final boolean serverSide;
    private final String serverHostname;
    private final Future waiter;
    private final boolean callConnectionMade;
    private final TlsTransport appTransport = new TlsTransport(this);
    private final ArrayDeque<byte[]> pending = new ArrayDeque<>();
    private BaseProtocol app;
    private Transport transport;
    private SSLEngine engine;
    private ByteBuffer netIn = ByteBuffer.allocate(0);
    private ByteBuffer appIn;
    private ByteBuffer netOut;
    private boolean handshakeDone;
    private boolean appConnected;
    private boolean closing;
    private boolean lost;
    private PythonException failure;

    /**
     * @param app                the application's protocol
     * @param context            the TLS context
     * @param serverSide         whether this end is the server
     * @param serverHostname     the name the server's certificate must match (a client's), or {@code null}
     * @param waiter             the handshake's future: its result is {@code null} once it is done, or
     *                           its exception; {@code null} for none
     * @param callConnectionMade whether to call the application's {@code connection_made} once the
     *                           handshake is done ({@code false} for {@code start_tls})
     */
    public TlsProtocol(BaseProtocol app, SSLContext context, boolean serverSide, String serverHostname,
                       Future waiter, boolean callConnectionMade) {
        this.app = app;
        this.context = context;
        this.serverSide = serverSide;
        this.serverHostname = serverHostname;
        this.waiter = waiter;
        this.callConnectionMade = callConnectionMade;
    }

    /** @return the transport the application's protocol writes on */
    public Transport appTransport() {
        return appTransport;
    }

    /** @return the application's protocol */
    public BaseProtocol appProtocol() {
        return app;
    }

    @Override
    public void connectionMade(BaseTransport plain) {
        if (!(plain instanceof Transport t)) {
            throw new TypeError("TLS needs a stream transport, got " + PythonValues.typeName(plain));
        }
        transport = t;
        engine = serverHostname == null ? context.createSSLEngine() : context.createSSLEngine(serverHostname, -1);
        engine.setUseClientMode(!serverSide);
        if (!serverSide) {
            SSLParameters parameters = engine.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");  // the host name is checked, as Python's check_hostname
            engine.setSSLParameters(parameters);
        }
        appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
        netOut = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        try {
            engine.beginHandshake();
            pump();
        } catch (SSLException e) {
            fail(e);
        }
    }

    @Override
    public void dataReceived(byte[] data) {
        if (lost || engine == null) {
            return;
        }
        if (netIn.capacity() - netIn.remaining() < data.length) {
            ByteBuffer bigger = ByteBuffer.allocate(netIn.remaining() + data.length);
            bigger.put(netIn);
            netIn = bigger;
        } else {
            netIn.compact();
        }
        netIn.put(data).flip();
        try {
            pump();
        } catch (SSLException e) {
            fail(e);
        }
    }

    @Override
    public boolean eofReceived() {
        if (!handshakeDone) {
            // asyncio's SSLProtocol: an EOF during the handshake fails it with ConnectionResetError()
            fail(new PythonException(PyType.CONNECTION_RESET_ERROR, ""));
            return false;
        }
        endOfInput();
        return false;
    }

    @Override
    public void connectionLost(PythonException exc) {
        lost = true;
        if (appConnected) {
            appConnected = false;
            app.connectionLost(failure != null ? failure : exc);
        } else if (waiter != null && !waiter.done()) {
            waiter.setException(exc != null ? exc : new PythonException(PyType.CONNECTION_RESET_ERROR, "Connection lost"));
        }
    }

    @Override
    public void pauseWriting() {
        app.pauseWriting();
    }

    @Override
    public void resumeWriting() {
        app.resumeWriting();
    }

    // ------------------------------------------------------------ what the application's transport does

    void write(byte[] data) {
        if (closing || lost) {
            return;
        }
        if (!handshakeDone) {
            pending.add(data);
            return;
        }
        ByteBuffer source = ByteBuffer.wrap(data);
        try {
            while (source.hasRemaining()) {
                if (wrap(source).getStatus() == SSLEngineResult.Status.CLOSED) {
                    return;
                }
            }
        } catch (SSLException e) {
            fail(e);
        }
    }

    /** Sends close_notify, then closes the plain transport, which flushes what it holds first. */
    void close() {
        if (closing) {
            return;
        }
        closing = true;
        if (handshakeDone && !lost) {
            engine.closeOutbound();
            try {
                while (!engine.isOutboundDone()) {
                    if (wrap(NOTHING).bytesProduced() == 0) {
                        break;
                    }
                }
            } catch (SSLException e) {
                // the plain transport closes anyway
            }
        }
        transport.close();
    }

    void abort() {
        closing = true;
        transport.abort();
    }

    boolean isClosing() {
        return closing || transport.isClosing();
    }

    Transport plain() {
        return transport;
    }

    int pendingSize() {
        return pending.stream().mapToInt(b -> b.length).sum();
    }

    Object extraInfo(String name, Object defaultValue) {
        return switch (name) {
            case "sslcontext" -> context;
            case "ssl_object" -> engine;
            default -> transport.getExtraInfo(name, defaultValue);
        };
    }

    void setAppProtocol(BaseProtocol protocol) {
        app = protocol;
    }

    // ------------------------------------------------------------ the engine

    /** Runs the engine until it needs more bytes from the peer. */
    private void pump() throws SSLException {
        while (!lost) {
            switch (engine.getHandshakeStatus()) {
                case NEED_TASK -> {
                    for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) {
                        task.run();
                    }
                }
                case NEED_WRAP -> {
                    SSLEngineResult result = wrap(NOTHING);
                    if (result.bytesProduced() == 0 && result.getStatus() == SSLEngineResult.Status.CLOSED) {
                        return;
                    }
                }
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    if (!unwrap()) {
                        return;
                    }
                }
                default -> {
                    if (!handshakeDone) {
                        handshakeComplete();
                    }
                    if (!unwrap()) {
                        return;
                    }
                }
            }
        }
    }

    private void handshakeComplete() {
        handshakeDone = true;
        if (callConnectionMade) {
            app.connectionMade(appTransport);
        }
        appConnected = true;
        if (waiter != null && !waiter.done()) {
            waiter.setResult(null);
        }
        while (!pending.isEmpty() && !closing) {
            write(pending.poll());
        }
    }

    /** One unwrap; false when the engine needs more bytes than have come, or the peer has closed. */
    private boolean unwrap() throws SSLException {
        if (!netIn.hasRemaining()) {
            return false;
        }
        SSLEngineResult result = engine.unwrap(netIn, appIn);
        switch (result.getStatus()) {
            case BUFFER_UNDERFLOW:
                return false;
            case BUFFER_OVERFLOW:
                appIn = grown(appIn, engine.getSession().getApplicationBufferSize());
                return true;
            case CLOSED:
                deliver();
                endOfInput();
                return false;
            default:
                deliver();
                return result.bytesConsumed() > 0 || result.bytesProduced() > 0
                        || result.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NEED_UNWRAP;
        }
    }

    private void deliver() {
        if (appIn.position() == 0) {
            return;
        }
        appIn.flip();
        byte[] data = new byte[appIn.remaining()];
        appIn.get(data);
        appIn.clear();
        if (appConnected && !lost && app instanceof Protocol p) {
            p.dataReceived(data);
        }
    }

    /** The peer's close_notify, or its EOF: the application's eof_received, then our side closes. */
    private void endOfInput() {
        if (appConnected && !lost && app instanceof Protocol p) {
            p.eofReceived();  // asyncio ignores what it returns: TLS has no half-close
        }
        close();
    }

    /** Encrypts from {@code source} into one record or more, and writes them on the plain transport. */
    private SSLEngineResult wrap(ByteBuffer source) throws SSLException {
        while (true) {
            netOut.clear();
            SSLEngineResult result = engine.wrap(source, netOut);
            if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                netOut = grown(netOut, engine.getSession().getPacketBufferSize());
                continue;
            }
            if (netOut.position() > 0) {
                netOut.flip();
                byte[] record = new byte[netOut.remaining()];
                netOut.get(record);
                transport.write(record);
            }
            return result;
        }
    }

    private static ByteBuffer grown(ByteBuffer buffer, int atLeast) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(atLeast, buffer.capacity() * 2));
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }

    /** The handshake or the connection failed: the waiter gets the error, and the connection ends. */
    private void fail(SSLException e) {
        fail(error(e));
    }

    private void fail(PythonException error) {
        failure = error;
        if (waiter != null && !waiter.done()) {
            waiter.setException(error);
        }
        closing = true;
        transport.abort();
    }

    /**
     * Python's exception for the engine's: a certificate that failed verification is
     * {@code SSLCertVerificationError}, as OpenSSL's {@code CERTIFICATE_VERIFY_FAILED}; anything
     * else {@code SSLError}.
     */
    static PythonException error(SSLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException) {
                return new PythonException(PyType.SSL_CERT_VERIFICATION_ERROR,
                        "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: " + cause.getMessage());
            }
        }
        return new PythonException(PyType.SSL_ERROR, String.valueOf(e.getMessage()));
    }
}
