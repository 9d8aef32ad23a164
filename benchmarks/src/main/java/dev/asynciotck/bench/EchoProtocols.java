package dev.asynciotck.bench;

import dev.asynciotck.api.BaseTransport;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.Protocol;
import dev.asynciotck.api.Transport;

/**
 * The two ends of the {@code tcp_echo} workload: a server that writes back what it receives, and a
 * client that writes a message, waits until all of it has come back, and writes the next, until it
 * has made its round trips.
 */
final class EchoProtocols {

    /** The size of each message, as in {@code benchmarks/python/bench.py}. */
    static final int MESSAGE_BYTES = 64;

    private EchoProtocols() {
    }

    /** Writes back every byte it receives. */
    static final class Server implements Protocol {
        private Transport transport;

        @Override
        public void connectionMade(BaseTransport transport) {
            this.transport = (Transport) transport;
        }

        @Override
        public void dataReceived(byte[] data) {
            transport.write(data);
        }
    }

    /** Makes its round trips, one message in flight at a time, then sets {@link #done}. */
    static final class Client implements Protocol {
        private static final byte[] MESSAGE = new byte[MESSAGE_BYTES];

        private final int trips;
        private final Future done;
        private Transport transport;
        private int made;
        private int received;

        /**
         * @param trips how many round trips to make
         * @param done  set to the number of round trips once they are made
         */
        Client(int trips, Future done) {
            this.trips = trips;
            this.done = done;
        }

        @Override
        public void connectionMade(BaseTransport transport) {
            this.transport = (Transport) transport;
            this.transport.write(MESSAGE);
        }

        @Override
        public void dataReceived(byte[] data) {
            received += data.length;
            if (received < MESSAGE_BYTES) {
                return;
            }
            received -= MESSAGE_BYTES;
            if (++made == trips) {
                done.setResult(made);
            } else {
                transport.write(MESSAGE);
            }
        }
    }
}
