Feature: Nested timeouts
  The asyncio documentation of timeout(): "Timeout context managers can be safely nested."

  @TIMEOUT-NEST-1
  Scenario: an inner deadline raises TimeoutError from the inner block only
    Given the program:
      """python
      async def main():
          async with asyncio.timeout(10) as outer:
              try:
                  async with asyncio.timeout(0.01) as inner:
                      await asyncio.sleep(1)
              except TimeoutError:
                  record("the inner block raises", [inner.expired(), outer.expired()])
              await asyncio.sleep(0)
              record("the outer block goes on", outer.expired())
          record("the outer block leaves normally", outer.expired())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the inner block raises: [True, False]
      the outer block goes on: False
      the outer block leaves normally: False
      """

  @TIMEOUT-NEST-1
  Scenario: an outer deadline passes CancelledError through the inner block; equal deadlines raise one TimeoutError
    Given the program:
      """python
      async def main():
          try:
              async with asyncio.timeout(0.01) as outer:
                  try:
                      async with asyncio.timeout(10) as inner:
                          await asyncio.sleep(1)
                  except asyncio.CancelledError:
                      record("the inner block lets the cancellation through", inner.expired())
                      raise
          except TimeoutError:
              record("the outer block raises TimeoutError", [outer.expired(), inner.expired()])
          try:
              deadline = loop.time() + 0.01
              async with asyncio.timeout_at(deadline) as a:
                  try:
                      async with asyncio.timeout_at(deadline) as b:
                          await asyncio.sleep(1)
                  except asyncio.CancelledError:
                      record("with equal deadlines the inner block lets the cancellation through", b.expired())
                      raise
          except TimeoutError:
              record("equal deadlines raise TimeoutError once", [a.expired(), b.expired()])
          record("no cancellation left", asyncio.current_task().cancelling())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the inner block lets the cancellation through: False
      the outer block raises TimeoutError: [True, False]
      with equal deadlines the inner block lets the cancellation through: True
      equal deadlines raise TimeoutError once: [True, True]
      no cancellation left: 0
      """
