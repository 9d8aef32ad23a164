Feature: Debug mode logs slow callbacks
  The asyncio documentation of debug mode: "When the debug mode is enabled: ... Callbacks taking
  longer than 100 milliseconds are logged. The loop.slow_callback_duration attribute can be used to
  set the minimum execution duration in seconds that is considered slow." The warning is CPython's
  base_events._run_once: logger.warning("Executing %s took %.3f seconds", ...).

  @DEBUG-SLOW-1
  Scenario: in debug mode a callback that runs longer than slow_callback_duration is logged as a warning, and outside debug mode it is not
    Given the program:
      """python
      def slow():
          blocking_sleep(0.15)
          record("the slow callback ran")

      async def main():
          record("slow_callback_duration by default", loop.slow_callback_duration)
          loop.set_debug(True)
          loop.call_soon(slow)
          await asyncio.sleep(0)
          record("in debug mode, a callback that runs longer is logged", asyncio_warnings())
          loop.set_debug(False)
          loop.call_soon(slow)
          await asyncio.sleep(0)
          record("outside debug mode, nothing more is logged", asyncio_warnings())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      slow_callback_duration by default: 0.1
      the slow callback ran
      in debug mode, a callback that runs longer is logged: ['Executing <...> took N seconds']
      the slow callback ran
      outside debug mode, nothing more is logged: ['Executing <...> took N seconds']
      """
