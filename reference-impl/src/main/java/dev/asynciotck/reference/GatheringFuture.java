package dev.asynciotck.reference;

import dev.asynciotck.api.Future;
import java.util.List;

/**
 * The future {@code gather()} returns (CPython's {@code _GatheringFuture}): cancelling it cancels
 * the children instead of itself; it completes when the children do.
 */
final class GatheringFuture extends ReferenceFuture {

    private final List<Future> children;
    /** Whether a cancel() reached at least one child: the outcome is then a CancelledError. */
    boolean cancelRequested;

    GatheringFuture(ReferenceEventLoop loop, List<Future> children) {
        super(loop);
        this.children = children;
    }

    @Override
    public boolean cancel(String message) {
        if (done()) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).cancel(message)) {
                any = true;
            }
        }
        if (any) {
            // Propagate the cancellation whatever return_exceptions says (bpo-32684).
            cancelRequested = true;
        }
        return any;
    }

    @Override
    public String toString() {
        return "<_GatheringFuture " + stateText() + ">";
    }
}
