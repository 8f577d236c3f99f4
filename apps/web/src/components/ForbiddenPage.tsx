import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

/** Shown in place of a page the user's roles do not allow. */
export function ForbiddenPage() {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的角色没有访问此页面的权限。如确需使用，请联系本单位系统管理员调整角色。"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}
