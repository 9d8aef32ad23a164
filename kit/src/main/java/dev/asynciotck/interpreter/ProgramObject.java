package dev.asynciotck.interpreter;

import dev.asynciotck.api.BaseTransport;
import dev.asynciotck.api.DatagramProtocol;
import dev.asynciotck.api.Protocol;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.PythonValues;
import dev.asynciotck.program.ClassDef;
import dev.asynciotck.program.FunctionDef;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance of a class of the program: its attributes ({@code self.x = EXPR}) and its class's
 * methods. Equal only to itself, as a Python object without {@code __eq__}.
 *
 * <p>A loop calls it as a protocol: each callback calls the method of that name. A callback the
 * class does not define does nothing when its base ({@code asyncio.Protocol}...) defines it (the
 * vocabulary's {@code protocol_callbacks}), as in asyncio; otherwise it raises AttributeError, as
 * Python would.
 */
final class ProgramObject implements Protocol, DatagramProtocol, PythonValues.PythonTyped {

    final ClassDef classDef;
    private final Session session;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    ProgramObject(Session session, ClassDef classDef) {
        this.session = session;
        this.classDef = classDef;
    }

    /**
     * {@code obj.name}: an attribute set on the instance, else a method bound to it.
     *
     * @throws PythonException AttributeError, with Python's message, when it has neither
     */
    Object attribute(String name) {
        if (attributes.containsKey(name)) {
            return attributes.get(name);
        }
        FunctionDef method = classDef.method(name);
        if (method != null) {
            return new ProgramMethod(this, method);
        }
        if (baseDefines(name)) {
            return new Builtin(classDef.asyncioBase() + "." + name, (args, kwargs) -> null);
        }
        throw noAttribute(name);
    }

    /** @return whether the class's asyncio base defines a callback (as a no-op) */
    private boolean baseDefines(String name) {
        String base = classDef.asyncioBase();
        return base != null && Kinds.VOCABULARY.protocolCallbacks(base).contains(name);
    }

    private PythonException noAttribute(String name) {
        return PythonException.of(PyType.ATTRIBUTE_ERROR, "'" + classDef.name() + "' object has no attribute '" + name + "'");
    }

    /** {@code obj.name = value}. */
    void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    /** Calls a callback of the loop: the method, the base's no-op, or AttributeError. */
    private Object callback(String name, Object... args) {
        if (!attributes.containsKey(name) && classDef.method(name) == null && baseDefines(name)) {
            return null;
        }
        return session.calls.callFromLoop(attribute(name), java.util.Arrays.asList(args));
    }

    @Override
    public void connectionMade(BaseTransport transport) {
        callback("connection_made", transport);
    }

    @Override
    public void connectionLost(PythonException exc) {
        callback("connection_lost", exc);
    }

    @Override
    public void pauseWriting() {
        callback("pause_writing");
    }

    @Override
    public void resumeWriting() {
        callback("resume_writing");
    }

    @Override
    public void dataReceived(byte[] data) {
        callback("data_received", PyBytes.of(data));
    }

    @Override
    public boolean eofReceived() {
        return PyOps.truthy(callback("eof_received"));
    }

    @Override
    public void datagramReceived(byte[] data, InetSocketAddress addr) {
        callback("datagram_received", PyBytes.of(data), NetworkMethods.fromApi(addr));
    }

    @Override
    public void errorReceived(PythonException exc) {
        callback("error_received", exc);
    }

    @Override
    public String pythonTypeName() {
        return classDef.name();
    }

    @Override
    public String toString() {
        return "<__main__." + classDef.name() + " object>";
    }
}
