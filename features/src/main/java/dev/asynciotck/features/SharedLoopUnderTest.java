package dev.asynciotck.features;

import dev.asynciotck.sut.LoopSelector;
import dev.asynciotck.sut.LoopUnderTest;

/**
 * The loop under test of this run, chosen once from {@code tck.loop} / {@code TCK_LOOP} and shared
 * by every scenario (an out-of-process driver is started once per run).
 */
final class SharedLoopUnderTest {

    private static LoopUnderTest instance;
    private static RuntimeException selectionError;

    private SharedLoopUnderTest() {
    }

    static synchronized LoopUnderTest get() {
        if (selectionError != null) {
            throw selectionError;
        }
        if (instance == null) {
            try {
                instance = LoopSelector.fromConfiguration();
            } catch (RuntimeException e) {
                selectionError = e;
                throw e;
            }
            LoopUnderTest opened = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "tck-close-loop-under-test"));
        }
        return instance;
    }
}
