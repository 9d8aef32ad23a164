Feature: A timer is not early while the loop is kept busy
  The asyncio documentation of loop.call_at(when, callback, *args): "Schedule callback to be
  called at the given absolute timestamp when (an int or a float), using the same time reference
  as loop.time()." A loop with callbacks ready polls without waiting, once per iteration, and
  takes the timers due at each poll: it may not take one before its deadline.

  @LOOP-TIMER-3
  Scenario: Timers that fall due while callbacks keep the loop busy run no earlier than their deadline
    A ticker reschedules itself on every iteration, so the loop never sleeps until a deadline: it
    reads the clock again and again, and must take each timer only once it is due. Each timer
    checks the clock against the deadline it was given, with twice the clock resolution as margin:
    when() may differ from it by the resolution (LOOP-TIMER-5), and the callback may run that much
    before when(). Six timers, 3 ms apart, so that a stalled machine cannot hide an early one.
    They may run in any order: a call_later deadline is the time of the call plus the delay, and
    a loaded machine may make a call late. The last of them to run stops the loop.

    Given the program:
      """python
      def tick():
          loop.call_soon(tick)

      def check(name, deadline):
          record(name, loop.time() >= deadline - 2 * clock_resolution())
          checked[name] = True
          if len(checked) == 6:
              loop.stop()

      checked = {}
      t0 = loop.time()
      loop.call_at(t0 + 0.004, check, "call_at 4 ms not early", t0 + 0.004)
      loop.call_later(0.007, check, "call_later 7 ms not early", loop.time() + 0.007)
      loop.call_at(t0 + 0.01, check, "call_at 10 ms not early", t0 + 0.01)
      loop.call_later(0.013, check, "call_later 13 ms not early", loop.time() + 0.013)
      loop.call_at(t0 + 0.016, check, "call_at 16 ms not early", t0 + 0.016)
      loop.call_later(0.019, check, "call_later 19 ms not early", loop.time() + 0.019)
      loop.call_soon(tick)
      loop.run_forever()
      """
    Then the trace, in any order, is:
      """
      call_at 4 ms not early: True
      call_later 7 ms not early: True
      call_at 10 ms not early: True
      call_later 13 ms not early: True
      call_at 16 ms not early: True
      call_later 19 ms not early: True
      """
