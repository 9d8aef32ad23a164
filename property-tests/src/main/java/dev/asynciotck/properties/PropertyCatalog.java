package dev.asynciotck.properties;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every property of the kit: what {@link PropertyEngine} runs, what {@code ./tck replay} looks a
 * saved property case up in, and what {@code ./tck clauses --checks} lists.
 */
public final class PropertyCatalog {

    private static final List<Property<?>> ALL = List.of(
            SchedulingProperties.EXACTLY_ONCE_UNLESS_CANCELLED,
            SchedulingProperties.MANY_TIMERS,
            SchedulingProperties.CALL_SOON_IS_FIFO,
            SchedulingProperties.NEXT_ITERATION,
            SchedulingProperties.DEADLINE_ORDER,
            FutureCallbackProperties.DONE_CALLBACKS,
            GatherWaitProperties.SHAPES_AND_ORDER,
            QueueProperties.AGAINST_A_MODEL,
            LockProperties.EXCLUSION_AND_FAIRNESS,
            TimeoutProperties.EXPIRY,
            TaskGroupProperties.NONE_LEFT_RUNNING,
            IoProperties.BYTES_IN_ORDER,
            IoProperties.SAME_AS_THE_REFERENCE,
            MixedProperties.SAME_AS_THE_REFERENCE);

    private PropertyCatalog() {
    }

    /** @return every property */
    public static List<Property<?>> all() {
        return ALL;
    }

    /**
     * @param id a property's id
     * @return the property
     */
    public static Optional<Property<?>> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** @return the ids, for messages */
    public static String ids() {
        return ALL.stream().map(Property::id).collect(Collectors.joining(", "));
    }
}
