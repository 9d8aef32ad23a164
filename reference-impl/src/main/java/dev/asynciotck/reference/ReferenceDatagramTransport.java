package dev.asynciotck.reference;

import dev.asynciotck.api.BaseProtocol;
import dev.asynciotck.api.DatagramProtocol;
import dev.asynciotck.api.DatagramTransport;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.PythonValues;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A UDP endpoint's transport on a non-blocking {@link DatagramChannel}, as asyncio's
 * {@code _SelectorDatagramTransport}: {@code connection_made} and then the reading are queued
 * callbacks; each datagram read is one {@code datagram_received(data, addr)}; a failed receive or
 * send (a connected endpoint's ICMP port unreachable) is {@code error_received(exc)}, and the
 * endpoint stays open; what cannot be sent at once waits in a buffer of whole datagrams.
 *
 * <p>Clauses: {@code UDP-ENDPOINT-1}, {@code UDP-CONNECTED-1}, {@code UDP-ERROR-1},
 * {@code UDP-DATA-1}.
 */
final class ReferenceDatagramTransport implements DatagramTransport {

    /** asyncio's {@code max_size} of a datagram read: 256 KiB. */
    private static final int MAX_DATAGRAM = 256 * 1024;

    private final ReferenceEventLoop loop;
    private final DatagramChannel channel;
    private final IoSelector.Watch watch;
    private final InetSocketAddress peername;
    private final InetSocketAddress sockname;
    private final ArrayDeque<Object[]> buffer = new ArrayDeque<>();
    private BaseProtocol protocol;
    private boolean closing;
    private boolean lost;

    /**
     * @param waiter set once {@code connection_made} has been called
     */
    ReferenceDatagramTransport(ReferenceEventLoop loop, DatagramChannel channel, BaseProtocol protocol, Future waiter)
            throws IOException {
        this.loop = loop;
        this.channel = channel;
        this.protocol = protocol;
        this.peername = (InetSocketAddress) channel.getRemoteAddress();
        this.sockname = (InetSocketAddress) channel.getLocalAddress();
        this.watch = loop.io().watch(channel);
        loop.callSoon(() -> this.protocol.connectionMade(this));
        loop.callSoon(() -> {
            if (!closing) {
                loop.io().setReader(watch, this::readReady, java.nio.channels.SelectionKey.OP_READ);
            }
        });
        loop.callSoon(() -> {
            if (!waiter.done()) {
                waiter.setResult(null);
            }
        });
    }

    private void readReady() {
        if (lost) {
            return;
        }
        ByteBuffer in = ByteBuffer.allocate(MAX_DATAGRAM);
        InetSocketAddress from;
        try {
            from = (InetSocketAddress) channel.receive(in);
        } catch (IOException e) {
            errorReceived(NetworkErrors.of(e));
            return;
        }
        if (from != null && protocol instanceof DatagramProtocol p) {
            p.datagramReceived(Arrays.copyOf(in.array(), in.position()), from);
        }
    }

    private void errorReceived(PythonException exc) {
        if (protocol instanceof DatagramProtocol p) {
            p.errorReceived(exc);
        }
    }

    @Override
    public void sendto(Object data, InetSocketAddress addr) {
        if (!(data instanceof byte[] bytes)) {
            throw new TypeError("data argument must be a bytes-like object, not '" + PythonValues.typeName(data) + "'");
        }
        if (bytes.length == 0) {
            return;
        }
        InetSocketAddress to = addr;
        if (peername != null) {
            if (addr != null && !addr.equals(peername)) {
                throw new ValueError("Invalid address: must be None or ('" + peername.getAddress().getHostAddress() + "', "
                        + peername.getPort() + ")");
            }
            to = peername;
        }
        if (lost) {
            return;
        }
        if (buffer.isEmpty()) {
            try {
                int sent = peername != null ? channel.write(ByteBuffer.wrap(bytes)) : channel.send(ByteBuffer.wrap(bytes), to);
                if (sent > 0) {
                    return;
                }
            } catch (IOException e) {
                errorReceived(NetworkErrors.of(e));
                return;
            }
            loop.io().setWriter(watch, this::sendReady);
        }
        buffer.add(new Object[] {bytes.clone(), to});
    }

    private void sendReady() {
        while (!buffer.isEmpty()) {
            Object[] next = buffer.peek();
            try {
                ByteBuffer out = ByteBuffer.wrap((byte[]) next[0]);
                int sent = peername != null ? channel.write(out) : channel.send(out, (InetSocketAddress) next[1]);
                if (sent == 0) {
                    return;
                }
            } catch (IOException e) {
                buffer.poll();
                errorReceived(NetworkErrors.of(e));
                return;
            }
            buffer.poll();
        }
        loop.io().removeWriter(watch);
        if (closing) {
            callConnectionLost(null);
        }
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        loop.io().removeReader(watch);
        if (buffer.isEmpty()) {
            lost = true;
            loop.callSoon(() -> callConnectionLost(null));
        }
    }

    @Override
    public boolean isClosing() {
        return closing;
    }

    @Override
    public void abort() {
        if (lost) {
            return;
        }
        buffer.clear();
        loop.io().removeWriter(watch);
        closing = true;
        loop.io().removeReader(watch);
        lost = true;
        loop.callSoon(() -> callConnectionLost(null));
    }

    private void callConnectionLost(PythonException exc) {
        lost = true;
        try {
            if (protocol != null) {
                protocol.connectionLost(exc);
            }
        } finally {
            loop.io().release(watch);
            protocol = null;
        }
    }

    @Override
    public Object getExtraInfo(String name, Object defaultValue) {
        return switch (name) {
            case "peername" -> peername;
            case "sockname" -> sockname;
            default -> defaultValue;
        };
    }

    @Override
    public BaseProtocol getProtocol() {
        return protocol;
    }

    @Override
    public void setProtocol(BaseProtocol newProtocol) {
        this.protocol = newProtocol;
    }

    @Override
    public String toString() {
        return "<_SelectorDatagramTransport " + (closing ? "closing" : "open") + ">";
    }
}
