/**
 * The kit's test certificates for TLS scenarios ({@code spec/tls}), and the TLS contexts made from
 * them.
 */
package dev.asynciotck.tls;
