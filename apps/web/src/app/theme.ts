import type { ThemeConfig } from 'antd';

/** Government-blue primary, 14px body text for ordinary office monitors. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1658b8',
    colorLink: '#1658b8',
    fontSize: 14,
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: '#0f3d7a', headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff', bodyBg: '#f0f2f5' },
    Table: { headerBg: '#f5f7fa' },
  },
};
