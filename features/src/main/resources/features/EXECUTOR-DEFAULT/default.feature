Feature: The default executor
  The asyncio documentation of loop.set_default_executor(): "Set executor as the default executor
  used by run_in_executor()."

  @EXECUTOR-DEFAULT-1 @threads
  Scenario: With a one-worker pool as default, the calls run one at a time, in order
    Given the program:
      """python
      def step(name):
          order = order + [name + " start"]
          blocking_sleep(0.02)
          order = order + [name + " end"]
          return name

      async def main():
          pool = ThreadPoolExecutor(max_workers=1)
          loop.set_default_executor(pool)
          results = await asyncio.gather(loop.run_in_executor(None, step, "a"), loop.run_in_executor(None, step, "b"))
          record("results", results)
          record("one at a time", order)
          other = ThreadPoolExecutor(max_workers=1)
          result = await loop.run_in_executor(other, step, "c")
          record("in the executor given", result)
          other.shutdown()
          await loop.shutdown_default_executor()

      order = []
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      results: ['a', 'b']
      one at a time: ['a start', 'a end', 'b start', 'b end']
      in the executor given: 'c'
      """
