import { Alert, Button } from 'antd';
import { errorMessage } from '../lib/api-client';

/** A failed load, with the server's reason and a retry button. */
export function QueryErrorAlert({ error, onRetry, title = '加载失败' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : null
      }
    />
  );
}
