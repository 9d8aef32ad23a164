package dev.asynciotck.api;

/**
 * What {@code create_connection()} returns: {@code (transport, protocol)}.
 *
 * <p>Clauses: {@code PROTO-ORDER-1}.
 *
 * @param transport the transport
 * @param protocol  the protocol the factory made, already told {@code connection_made}
 */
public record Connection(BaseTransport transport, BaseProtocol protocol) {
}
