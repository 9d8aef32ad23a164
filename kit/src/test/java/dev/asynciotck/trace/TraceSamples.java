package dev.asynciotck.trace;

import java.util.List;

/** Traces and values built in Java that together use every event and value kind. */
public final class TraceSamples {

    private TraceSamples() {
    }

    /** @return one value of every shape, nested where a shape holds values */
    public static List<TraceValue> values() {
        TraceValue.Error boom = new TraceValue.Error("ValueError", "boom");
        return List.of(TraceValue.NONE, new TraceValue.Bool(true), new TraceValue.Bool(false),
                new TraceValue.Int(1), new TraceValue.Int(-7), new TraceValue.Int(Long.MAX_VALUE),
                new TraceValue.Float(1.0), new TraceValue.Float(-0.0), new TraceValue.Float(0.25),
                new TraceValue.Float(1e-7), new TraceValue.Float(1.5e300),
                new TraceValue.Float(Double.NaN), new TraceValue.Float(Double.POSITIVE_INFINITY),
                new TraceValue.Float(Double.NEGATIVE_INFINITY),
                new TraceValue.Str(""), new TraceValue.Str("it's \"q\" \\ é\n"),
                new TraceValue.PyList(List.of()), new TraceValue.PyList(List.of(new TraceValue.Int(1), new TraceValue.Float(1.0))),
                new TraceValue.Tuple(List.of()), new TraceValue.Tuple(List.of(new TraceValue.Str("one"))),
                new TraceValue.PySet(List.of()),
                new TraceValue.PySet(List.of(new TraceValue.Int(2), new TraceValue.Int(1), new TraceValue.Str("a"))),
                new TraceValue.PyBytes(""), new TraceValue.PyBytes("a'\"\\\n\u0000\u007f\u00ff"),
                new TraceValue.PyDict(List.of(), List.of()),
                new TraceValue.PyDict(List.of(new TraceValue.Str("k"), new TraceValue.Tuple(List.of(new TraceValue.Int(1)))),
                        List.of(new TraceValue.Ref("Task", "t"), new TraceValue.PyDict(List.of(), List.of()))),
                boom, new TraceValue.Error("CancelledError", ""),
                new TraceValue.Ref("Task", "t"), new TraceValue.Ref("Future", "Future#1"),
                new TraceValue.Ref("Handle", "h"), new TraceValue.Ref("TimerHandle", "th"),
                new TraceValue.Ref("EventLoop", "loop"), new TraceValue.Ref("Coroutine", "Coroutine#2"),
                new TraceValue.Opaque("method-wrapper"),
                new TraceValue.Tuple(List.of(new TraceValue.PySet(List.of(new TraceValue.Ref("Task", "t"))),
                        new TraceValue.PySet(List.of()))),
                new TraceValue.PyList(List.of(boom, new TraceValue.Tuple(List.of(new TraceValue.Int(2), new TraceValue.Int(3))))));
    }

    /** @return the sample traces */
    public static List<Trace> all() {
        return List.of(languageExample(), everyValue(), new Trace(List.of(), null),
                new Trace(List.of(), new TraceValue.Error("RuntimeError", "Event loop is closed")));
    }

    /** @return the example trace of language.md */
    public static Trace languageExample() {
        return new Trace(List.of(
                Event.record("a"),
                new Event(Event.Kind.RECORD, "result", new TraceValue.PyList(List.of(new TraceValue.Int(1),
                        new TraceValue.Tuple(List.of(new TraceValue.Int(2), new TraceValue.Int(3))))), 0.0012),
                new Event(Event.Kind.HANDLER, "", new TraceValue.Error("ValueError", "boom"), null)),
                new TraceValue.Error("RuntimeError", "Event loop is closed"));
    }

    /** @return a trace recording every value shape, a None value, no value, times and a labelled handler event */
    public static Trace everyValue() {
        List<Event> events = new java.util.ArrayList<>();
        for (TraceValue v : values()) {
            events.add(Event.record("v", v));
        }
        events.add(Event.record("no value"));
        events.add(new Event(Event.Kind.RECORD, "timed", TraceValue.NONE, 0.0));
        events.add(new Event(Event.Kind.RECORD, "", null, 3.0));
        events.add(new Event(Event.Kind.HANDLER, "", null, 0.5));
        events.add(new Event(Event.Kind.HANDLER, "context", new TraceValue.Error("ZeroDivisionError", "division by zero"), null));
        return new Trace(events, null);
    }
}
