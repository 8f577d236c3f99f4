import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { computeCreditCodeCheckChar, makeCreditCode } from '../../packages/shared/src/rules/credit-code';
import { apiLogin } from '../helpers';

/**
 * Issue 3 §3/§11: a district officer imports an .xlsx with one bad row, reads the row-by-row report,
 * fixes the file, imports again, and finds the enterprise in the list.
 */
const HEADERS = ['单位名称*', '统一社会信用代码*', '生产经营地址', '属地机关', '主要负责人', '主要负责人联系电话', '国民经济行业分类代码', '企业规模', '从业人员数', '风险特征'];
const ok = makeCreditCode('91610202MA6E2E001');
const fixed = makeCreditCode('91610202MA6E2E002');
const wrong = fixed.slice(0, 17) + (fixed[17] === '0' ? '1' : '0');

async function workbook(secondCode: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业');
  ws.addRow(HEADERS);
  ws.addRow(['铜川市王益区端到端甲家具有限公司', ok, '陕西省铜川市王益区桃园街道兴业路1号', '王益区应急管理局', '张甲', '13800000001', '2110', '小型', 35, '粉尘涉爆']);
  ws.addRow(['铜川市王益区端到端乙家具有限公司', secondCode, '陕西省铜川市王益区桃园街道兴业路2号', '王益区应急管理局', '李乙', '13800000002', '2110', '小型', 28, '无']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('imports enterprises from Excel: bad row reported, file fixed, imported, found in the list', async ({ page }) => {
  await apiLogin(page, 'wy_officer1');
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
  await page.getByRole('link', { name: '企业库' }).first().click();
  await page.getByRole('link', { name: /Excel 导入/ }).click();
  await expect(page.getByRole('heading', { name: '企业 Excel 导入', level: 3 })).toBeVisible();

  // 1. upload a file whose second data row (Excel row 3) has a wrong check character
  await page.locator('input[type=file]').setInputFiles({ name: '企业导入.xlsx', mimeType: XLSX, buffer: await workbook(wrong) });
  const report = page.getByRole('table').filter({ hasText: '原因' });
  const row = report.getByRole('row').filter({ hasText: '统一社会信用代码' });
  await expect(row).toContainText('3');
  await expect(row).toContainText(`校验码错误，应为${computeCreditCodeCheckChar(fixed.slice(0, 17))}`);
  await expect(page.getByText('发现 1 处问题（1 行）')).toBeVisible();

  // 2. "全部正确才导入" refuses the file and writes nothing
  await page.getByRole('radio', { name: /全部正确才导入/ }).check();
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.getByText('未导入任何数据')).toBeVisible();

  // 3. fix the file and upload it again: the report is clean, import it
  await page.getByRole('button', { name: '重新选择文件' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: '企业导入（已改正）.xlsx', mimeType: XLSX, buffer: await workbook(fixed) });
  await expect(page.getByText('逐行校验通过，没有发现问题。')).toBeVisible();
  await expect(page.getByRole('radio', { name: /全部正确才导入/ })).toBeChecked();
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.getByText('导入完成', { exact: true })).toBeVisible();
  await expect(page.getByText(/新建 2 家、更新 0 家/)).toBeVisible();

  // 4. the enterprise is in the list, with its history
  await page.getByRole('button', { name: '查看企业列表' }).click();
  await page.getByRole('searchbox', { name: '搜索企业' }).fill('端到端乙');
  await page.getByRole('button', { name: '查询' }).click();
  const link = page.getByRole('link', { name: '铜川市王益区端到端乙家具有限公司' });
  await expect(link).toBeVisible();
  await expect(page.getByText('共 1 家企业')).toBeVisible();
  await link.click();
  await expect(page.getByText(fixed)).toBeVisible();
  await expect(page.getByText('Excel 导入新建：铜川市王益区端到端乙家具有限公司')).toBeVisible();
});
