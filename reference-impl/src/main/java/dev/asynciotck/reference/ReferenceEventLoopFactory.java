package dev.asynciotck.reference;

import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.LoopOptions;

/**
 * The factory of the reference loop, named {@code reference}; found by
 * {@link java.util.ServiceLoader}. Supports virtual time.
 */
public final class ReferenceEventLoopFactory implements EventLoopFactory {

    /** The version reported when the jar manifest does not carry one. */
    static final String DEFAULT_VERSION = "0.1.0";

    /** Creates the factory. */
    public ReferenceEventLoopFactory() {
    }

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String version() {
        String fromManifest = ReferenceEventLoopFactory.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : DEFAULT_VERSION;
    }

    @Override
    public EventLoop newEventLoop(LoopOptions options) {
        return new ReferenceEventLoop(options);
    }

    @Override
    public boolean supportsNetwork() {
        return true;
    }

    @Override
    public boolean supportsUnixSockets() {
        return true;
    }

    @Override
    public boolean supportsUnixSignals() {
        return true;
    }

    @Override
    public boolean supportsSubprocesses() {
        return true;
    }

    @Override
    public boolean supportsVirtualTime() {
        return true;
    }
}
