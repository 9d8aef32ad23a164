package dev.asynciotck.api;

/**
 * What {@code loop.getnameinfo()} gives: {@code (host, service)}.
 *
 * <p>Clauses: {@code DNS-NAMEINFO-1}.
 *
 * @param host    the host, numeric with {@code NI_NUMERICHOST}
 * @param service the service, the port's number with {@code NI_NUMERICSERV}
 */
public record NameInfo(String host, String service) {
}
