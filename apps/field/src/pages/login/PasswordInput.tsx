import { Input, type InputProps } from 'antd-mobile';
import { useState } from 'react';

/** A password input with a large 显示/隐藏 toggle, so a gloved officer can check what was typed. */
export function PasswordInput(props: Omit<InputProps, 'type'>) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-input">
      <Input {...props} type={visible ? 'text' : 'password'} autoCapitalize="off" autoCorrect="off" />
      <button type="button" className="password-toggle" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
        {visible ? '隐藏' : '显示'}
      </button>
    </div>
  );
}
