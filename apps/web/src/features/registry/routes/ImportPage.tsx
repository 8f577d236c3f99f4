import { CheckCircleOutlined, DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { importModeLabel, type ImportMode, type ImportReport, type ImportRowError } from '@zhifa/shared/contract/registry';
import { Alert, App, Button, Card, Descriptions, Flex, Radio, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { errorMessage } from '../../../lib/api-client';
import { showError } from '../../../lib/show-error';
import { useSession } from '../../auth/session';
import { templateUrl, useImport, type ImportKind } from '../api';
import '../registry.css';

const texts: Record<ImportKind, { title: string; noun: string; unit: string; list: string; identity: string }> = {
  enterprises: { title: '企业 Excel 导入', noun: '企业', unit: '家', list: '/enterprises', identity: '统一社会信用代码和单位名称都相同的行更新已有企业，不会重复新建' },
  officers: { title: '执法人员 Excel 导入', noun: '执法人员', unit: '名', list: '/officers', identity: '执法证号相同的行更新已有记录，不会重复新建' },
};

function ReportSummary({ report, kind }: { report: ImportReport; kind: ImportKind }) {
  const t = texts[kind];
  return (
    <Descriptions
      className="registry-report-summary"
      bordered
      size="small"
      column={{ xs: 1, md: 3 }}
      items={[
        { key: 'rows', label: '数据行', children: report.totalRows },
        { key: 'valid', label: '正确的行', children: report.validRows },
        { key: 'errors', label: '有错误的行', children: report.errorRows ? <Typography.Text type="danger">{report.errorRows}</Typography.Text> : 0 },
        { key: 'created', label: report.committed ? '已新建' : '将新建', children: `${report.created} ${t.unit}` },
        { key: 'updated', label: report.committed ? '已更新' : '将更新', children: `${report.updated} ${t.unit}` },
        { key: 'unchanged', label: '无变化', children: `${report.unchanged} ${t.unit}` },
      ]}
    />
  );
}

function ErrorTable({ report }: { report: ImportReport }) {
  if (!report.totalRows) return <Alert type="warning" showIcon title="文件中没有数据行" description="请在模板表头下方逐行填写后重新上传。" />;
  if (!report.errorCount) return <Alert type="success" showIcon title="逐行校验通过，没有发现问题。" />;
  return (
    <>
      <Alert
        className="mb-16"
        type="warning"
        showIcon
        title={`发现 ${report.errorCount} 处问题（${report.errorRows} 行）`}
        description={report.errorCount > report.errors.length ? `只列出前 ${report.errors.length} 处；请修改文件后重新上传。` : '请按行号和列名修改 Excel 文件后重新上传，或选择“只导入正确的行”。'}
      />
      <Table<ImportRowError>
        rowKey={(e, i) => `${e.row}-${e.column}-${i}`}
        size="small"
        dataSource={report.errors}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        aria-label="校验报告"
        columns={[
          { title: '行号', dataIndex: 'row', key: 'row', width: 80 },
          { title: '列', dataIndex: 'column', key: 'column', width: 200 },
          { title: '原因', dataIndex: 'message', key: 'message' },
        ]}
      />
    </>
  );
}

/** The import wizard: upload → row-by-row report → choose the mode → confirm → result. */
export function ImportPage({ kind }: { kind: ImportKind }) {
  const t = texts[kind];
  const me = useSession();
  const { message } = App.useApp();
  const run = useImport(kind);
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<ImportReport | null>(null);
  const [mode, setMode] = useState<ImportMode>('allOrNothing');
  const [result, setResult] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setCheck(null);
    setResult(null);
    setFailure(null);
  };

  const validate = (f: File) => {
    reset();
    setFile(f);
    run.mutate(
      { file: f, mode: 'validRowsOnly', dryRun: true, csrfToken: me.csrfToken },
      {
        onSuccess: (r) => {
          setCheck(r);
          setMode(r.errorCount ? 'validRowsOnly' : 'allOrNothing');
        },
        onError: (err) => setFailure(errorMessage(err)),
      },
    );
  };

  const commit = () => {
    if (!file) return;
    run.mutate(
      { file, mode, dryRun: false, csrfToken: me.csrfToken },
      {
        onSuccess: (r) => {
          setResult(r);
          if (r.committed) message.success(`导入完成：新建 ${r.created} ${t.unit}，更新 ${r.updated} ${t.unit}`);
        },
        onError: (err) => showError(message, err),
      },
    );
  };

  const step = result ? 3 : check ? 2 : file ? 1 : 0;

  return (
    <PageContainer
      title={t.title}
      description={`先逐行校验并列出问题，确认后才写入；${t.identity}。`}
      extra={
        <Button icon={<DownloadOutlined />} href={templateUrl(kind)}>
          下载导入模板
        </Button>
      }
    >
      <Card>
        <Steps className="mb-16" current={step} items={[{ title: '上传文件' }, { title: '校验报告' }, { title: '选择导入方式' }, { title: '完成' }]} />
        {result ? (
          result.committed ? (
            <Result
              status="success"
              title="导入完成"
              subTitle={`新建 ${result.created} ${t.unit}、更新 ${result.updated} ${t.unit}${result.errorRows ? `；${result.errorRows} 行有错误未导入` : ''}。每项变更已记入变更记录和审计日志。`}
              extra={[
                <Link key="list" to={t.list}>
                  <Button type="primary">查看{t.noun}列表</Button>
                </Link>,
                <Button key="again" icon={<ReloadOutlined />} onClick={reset}>
                  再导入一个文件
                </Button>,
              ]}
            />
          ) : (
            <>
              <Result status="warning" title="未导入任何数据" subTitle="选择了“全部正确才导入”，但文件中有错误的行。请修改后重新上传。" extra={<Button onClick={reset}>重新选择文件</Button>} />
              <ErrorTable report={result} />
            </>
          )
        ) : (
          <div className="stack">
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              showUploadList={false}
              disabled={run.isPending}
              beforeUpload={(f) => {
                validate(f);
                return false;
              }}
            >
              <div className="registry-upload">
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{file ? `已选择：${file.name}（点击或拖入可换一个文件）` : '点击或将 .xlsx 文件拖到这里'}</p>
                <p className="ant-upload-hint">请使用导入模板填写；一次最多 20000 行，文件不超过 20 MB。</p>
              </div>
            </Upload.Dragger>
            {run.isPending && !check ? <Alert type="info" showIcon title="正在逐行校验……" /> : null}
            {failure ? <Alert type="error" showIcon title="无法校验该文件" description={failure} /> : null}
            {check ? (
              <>
                <Typography.Title level={5}>校验报告</Typography.Title>
                <ReportSummary report={check} kind={kind} />
                <ErrorTable report={check} />
                {check.totalRows ? <Typography.Title level={5}>选择导入方式</Typography.Title> : null}
                {check.totalRows ? <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as ImportMode)} aria-label="导入方式">
                  <Space orientation="vertical">
                    <Radio value="allOrNothing">
                      {importModeLabel.allOrNothing}
                      <span className="muted">：有任何一行出错就一行也不写入</span>
                    </Radio>
                    <Radio value="validRowsOnly">
                      {importModeLabel.validRowsOnly}
                      <span className="muted">：写入 {check.validRows} 行正确的数据，跳过有错误的 {check.errorRows} 行</span>
                    </Radio>
                  </Space>
                </Radio.Group> : null}
                <Flex gap={8}>
                  <Button type="primary" icon={<CheckCircleOutlined />} loading={run.isPending} disabled={check.totalRows === 0 || (mode === 'validRowsOnly' && check.validRows === 0)} onClick={commit}>
                    确认导入
                  </Button>
                  <Button onClick={reset}>重新选择文件</Button>
                </Flex>
              </>
            ) : null}
          </div>
        )}
      </Card>
    </PageContainer>
  );
}
