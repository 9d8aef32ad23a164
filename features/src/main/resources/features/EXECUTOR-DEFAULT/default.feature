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
          await loop.shutdown_default_executor()

      order = []
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      results: ['a', 'b']
      one at a time: ['a start', 'a end', 'b start', 'b end']
      """

  @EXECUTOR-DEFAULT-1 @threads
  Scenario: A call in the executor given does not wait behind the one-worker default
    Given the program:
      """python
      def finish(name, seconds):
          blocking_sleep(seconds)
          ends = ends + [name]
          return name

      async def main():
          loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
          other = ThreadPoolExecutor(max_workers=1)
          held = loop.run_in_executor(None, finish, "in the default", 0.2)
          result = await loop.run_in_executor(other, finish, "in the one given", 0.01)
          record("result", result)
          await held
          record("ended", ends)
          other.shutdown()
          await loop.shutdown_default_executor()

      ends = []
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: 'in the one given'
      ended: ['in the one given', 'in the default']
      """

  @EXECUTOR-DEFAULT-2 @threads
  Scenario: set_default_executor refuses anything but a ThreadPoolExecutor, None included, and the default stays
    Given the program:
      """python
      class NotAPool:
          def submit(self, fn):
              record("NotAPool.submit was called")

          def shutdown(self, wait=True):
              record("NotAPool.shutdown was called")

      def work():
          return "ran in the default executor"

      async def main():
          for candidate in [None, NotAPool()]:
              try:
                  loop.set_default_executor(candidate)
                  record("accepted")
              except TypeError as e:
                  record("TypeError", str(e))
          result = await loop.run_in_executor(None, work)
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      TypeError: 'executor must be ThreadPoolExecutor instance'
      TypeError: 'executor must be ThreadPoolExecutor instance'
      result: 'ran in the default executor'
      """
