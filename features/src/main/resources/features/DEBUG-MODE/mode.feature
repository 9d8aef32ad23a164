Feature: Turning debug mode on and off
  The asyncio documentation of loop.get_debug(): "Get the debug mode (bool) of the event loop. The
  default value is True if the environment variable PYTHONASYNCIODEBUG is set to a non-empty
  string, False otherwise."

  @DEBUG-MODE-1
  Scenario: get_debug() is False at first, then gives what set_debug() set
    Given the program:
      """python
      record("at first", loop.get_debug())
      loop.set_debug(True)
      record("after set_debug(True)", loop.get_debug())
      loop.set_debug(False)
      record("after set_debug(False)", loop.get_debug())
      """
    Then the trace is:
      """
      at first: False
      after set_debug(True): True
      after set_debug(False): False
      """
