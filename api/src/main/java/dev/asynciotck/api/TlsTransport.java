package dev.asynciotck.api;

/**
 * The transport a TLS connection's protocol writes on: asyncio's {@code _SSLProtocolTransport}.
 * What it writes is encrypted on the plain transport beneath; reading is paused and resumed there.
 * {@code get_extra_info('sslcontext')} is the context, {@code 'ssl_object'} the {@code SSLEngine};
 * other keys are the plain transport's.
 *
 * <p>Clauses: {@code TLS-CONNECT-1}, {@code TLS-START-1}.
 */
final class TlsTransport implements Transport {

    private final TlsProtocol tls;

    TlsTransport(TlsProtocol tls) {
        this.tls = tls;
    }

    @Override
    public void write(Object data) {
        if (!(data instanceof byte[] bytes)) {
            throw new TypeError("data: expecting a bytes-like instance, got " + PythonValues.typeName(data));
        }
        tls.write(bytes.clone());
    }

    /** Raises {@code NotImplementedError}, as asyncio's: TLS has no half-close. */
    @Override
    public void writeEof() {
        throw new PythonException(PyType.NOT_IMPLEMENTED_ERROR, "");
    }

    @Override
    public boolean canWriteEof() {
        return false;
    }

    @Override
    public void abort() {
        tls.abort();
    }

    @Override
    public boolean isReading() {
        return tls.plain().isReading();
    }

    @Override
    public void pauseReading() {
        tls.plain().pauseReading();
    }

    @Override
    public void resumeReading() {
        tls.plain().resumeReading();
    }

    @Override
    public int getWriteBufferSize() {
        return tls.plain().getWriteBufferSize() + tls.pendingSize();
    }

    @Override
    public void setWriteBufferLimits(Integer high, Integer low) {
        tls.plain().setWriteBufferLimits(high, low);
    }

    @Override
    public int[] getWriteBufferLimits() {
        return tls.plain().getWriteBufferLimits();
    }

    @Override
    public void close() {
        tls.close();
    }

    @Override
    public boolean isClosing() {
        return tls.isClosing();
    }

    @Override
    public Object getExtraInfo(String name, Object defaultValue) {
        return tls.extraInfo(name, defaultValue);
    }

    @Override
    public BaseProtocol getProtocol() {
        return tls.appProtocol();
    }

    @Override
    public void setProtocol(BaseProtocol protocol) {
        tls.setAppProtocol(protocol);
    }
}
