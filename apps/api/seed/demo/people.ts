/**
 * Invented person names for demo data. The names of real officials and contacts listed in the seed
 * documents must never appear in demo data (tongchuan-pilot.md); they are listed here so the
 * generator and the integrity test can exclude them.
 */
import type { Prng } from './prng';

/** Real people named in seeds 000 and 001 — never to be used. */
export const forbiddenNames: readonly string[] = [
  '路浩', '杨柏峰', '左车宁', '闫冠军', '范乾良', '井中竹', '王锋', '张军平', '张瑞', '宋波', '戎泓兴', '慕明', '李力',
  '赵洁', '胡伟', '张小安', '童斌', '赵引站', '霍登财', '王祥喜', '程阔', '辛杰',
];

const surnames = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗',
  '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕',
  '苏', '卢', '蒋', '蔡', '贾', '丁', '魏', '薛', '叶', '阎', '雷', '侯', '白', '孟', '秦', '党', '鲁', '屈', '寇', '姬',
];

const givenNames = [
  '建华', '志刚', '海涛', '卫东', '晓燕', '丽娟', '明辉', '国庆', '红梅', '永强', '俊峰', '文博', '雪梅', '长青', '佳琪',
  '宏伟', '雨欣', '思琪', '建军', '振东', '佳怡', '浩然', '晨曦', '子涵', '婉清', '立新', '慧敏', '晓峰', '丽娜', '俊杰',
  '春生', '秋菊', '少华', '增产', '保平', '小军', '亚楠', '宝成', '耀武', '秦川', '宁生', '彦军', '玉兰', '淑芳', '延平',
  '向东', '军锋', '朝阳', '海燕', '录平', '新民', '西平', '红卫', '金龙', '瑞霞', '治国', '学良', '建平', '喜梅', '忠孝',
];

/** A random invented name that is not in the forbidden list. */
export function personName(rng: Prng): string {
  for (;;) {
    const name = rng.pick(surnames) + rng.pick(givenNames);
    if (!forbiddenNames.includes(name)) return name;
  }
}

/**
 * A synthetic mobile number. 170 is a virtual-operator segment; the block 1700919xxxx (0919 = the
 * Tongchuan area code, as a mnemonic) is used only so that demo numbers are recognisable.
 */
export function demoPhone(rng: Prng): string {
  return `1700919${String(rng.int(0, 9999)).padStart(4, '0')}`;
}
