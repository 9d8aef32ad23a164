Feature: what asyncio.run takes
  CPython: ValueError("a coroutine was expected, got {!r}").

  @RUN-ARG-1
  Scenario: run(5) is refused
    Given the program:
      """python
      try:
          asyncio.run(5)
      except ValueError as e:
          record("refused", e)
      """
    Then the trace is:
      """
      refused: ValueError('a coroutine was expected, got 5')
      """
