package dev.asynciotck.reference;

/** The time source of a loop: {@link ReferenceEventLoop#time()} and its resolution. */
interface Clock {

    /** @return the current time in seconds; never decreases */
    double time();

    /** @return how close to its deadline a timer may run and still be on time, in seconds */
    double resolution();
}
