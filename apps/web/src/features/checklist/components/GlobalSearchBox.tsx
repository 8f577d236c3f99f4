import { Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import '../checklist.css';

/** The header's search box: opens the search page with results grouped by type. */
export function GlobalSearchBox() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  return (
    <Input.Search
      className="header-search"
      aria-label="全局搜索"
      placeholder="搜索检查事项、法律条款、企业…"
      value={q}
      maxLength={50}
      onChange={(e) => setQ(e.target.value)}
      onSearch={(text) => {
        const t = text.trim();
        if (t) void navigate(`/search?q=${encodeURIComponent(t)}`);
      }}
    />
  );
}
