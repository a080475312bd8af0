// Demo data: a few hundred customers with realistic Chinese names, phones, channels and regions
// over the last 90 days, about a third of them enrolled as members. Deterministic (seeded PRNG)
// so every fresh machine shows the same portal.

import { pick, prng, weighted } from './demo-random.mjs';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥玲芬燕彬斌宇浩凯鹏辉俊帆欣怡梓涵子轩雨桐思远佳琪晨曦若汐嘉懿一诺'.split(
    '',
  );
const REGIONS = ['天河区', '越秀区', '海珠区', '荔湾区', '白云区', '番禺区', '黄埔区', '花都区', '南沙区', '增城区', '佛山', '东莞'];
/** @type {[string, number][]} */
const CHANNELS = [
  ['PHONE', 28],
  ['WECHAT', 24],
  ['WEB', 16],
  ['WALK_IN', 12],
  ['REFERRAL', 10],
  ['PARTNER', 5],
  ['CAMPAIGN', 5],
];
/** the demo partner organisation's key account (identity creates the partner with this id) */
export const DEMO_KEY_ACCOUNT_ID = '01a20000-0000-7000-8000-000000000001';
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '157',
  '158',
  '159',
  '176',
  '177',
  '180',
  '181',
  '182',
  '185',
  '186',
  '187',
  '188',
  '189',
  '199',
];

/** @returns {{ name: string, phone: string, channel: string, keyAccountId: string | null, region: string, gender: string, registeredAt: string, enrol: boolean }[]} */
export function demoCustomers(count = 300, seed = 20261124, now = Date.now()) {
  const rand = prng(seed);
  const phones = new Set();
  const customers = [];
  while (customers.length < count) {
    const phone = pick(rand, MOBILE_PREFIXES) + String(Math.floor(rand() * 1e8)).padStart(8, '0');
    if (phones.has(phone)) continue;
    phones.add(phone);
    const givenLength = rand() < 0.6 ? 2 : 1;
    const name = pick(rand, SURNAMES) + Array.from({ length: givenLength }, () => pick(rand, GIVEN)).join('');
    const daysAgo = Math.floor(rand() * rand() * 90); // more recent days are busier
    const registeredAt = new Date(now - daysAgo * 86_400_000 - Math.floor(rand() * 10 * 3_600_000));
    const channel = weighted(rand, CHANNELS);
    customers.push({
      name,
      phone,
      channel,
      // people who came through the partner organisation belong to its key account
      keyAccountId: channel === 'PARTNER' ? DEMO_KEY_ACCOUNT_ID : null,
      region: pick(rand, REGIONS),
      gender: rand() < 0.68 ? 'FEMALE' : 'MALE',
      registeredAt: registeredAt.toISOString(),
      enrol: rand() < 0.35,
    });
  }
  return customers;
}
