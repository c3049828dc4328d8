import { App } from 'antd';
import { useCallback } from 'react';
import { describeError } from '../errors/describe-error';
import { useT } from '../i18n/locale-context';

/**
 * Runs what a button asks for and tells the user how it went: `done` as a success message, or the
 * error in the words of the one error map. Answers whether it worked, so the caller can refresh.
 */
export function useNotifiedAction(): (work: () => Promise<unknown>, done?: string) => Promise<boolean> {
  const { message } = App.useApp();
  const t = useT();
  return useCallback(
    async (work, done) => {
      try {
        await work();
        if (done) void message.success(done);
        return true;
      } catch (error) {
        void message.error(describeError(error, t));
        return false;
      }
    },
    [message, t],
  );
}
