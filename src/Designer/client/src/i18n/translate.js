// bpmn-js's translate service in the page's language: zh-CN (the default) from our dictionary, en as bpmn-js writes it.
import zhCN from './zh-CN.js';

// The properties panel titles an element by its type, made from the type's name ("Timer Boundary Event (Non
// Interrupting)"), so these are composed from parts rather than listed one by one.
const KINDS = {
  'Start Event': '开始事件', 'End Event': '结束事件', 'Boundary Event': '边界事件',
  'Intermediate Catch Event': '中间捕获事件', 'Intermediate Throw Event': '中间抛出事件',
  'Task': '任务', 'User Task': '人工任务', 'Service Task': '服务任务', 'Send Task': '发送任务', 'Receive Task': '接收任务',
  'Manual Task': '手工任务', 'Business Rule Task': '业务规则任务', 'Script Task': '脚本任务', 'Call Activity': '调用子流程',
  'Sub Process': '子流程', 'Ad Hoc Sub Process': '自由子流程', 'Transaction': '事务',
  'Exclusive Gateway': '排他网关', 'Parallel Gateway': '并行网关', 'Inclusive Gateway': '包容网关',
  'Complex Gateway': '复杂网关', 'Event Based Gateway': '事件网关',
  'Sequence Flow': '顺序流', 'Default Flow': '默认流', 'Conditional Flow': '条件流', 'Message Flow': '消息流',
  'Association': '关联', 'Data Input Association': '数据输入关联', 'Data Output Association': '数据输出关联',
  'Data Object Reference': '数据对象', 'Data Store Reference': '数据存储', 'Data Input': '数据输入', 'Data Output': '数据输出',
  'Process': '流程', 'Collaboration': '协作', 'Participant': '参与者', 'Lane': '泳道',
  'Text Annotation': '文字注释', 'Group': '分组',
};
const PREFIXES = {
  'Message': '消息', 'Timer': '定时', 'Conditional': '条件', 'Signal': '信号', 'Error': '错误', 'Escalation': '升级',
  'Compensate': '补偿', 'Cancel': '取消', 'Link': '链接', 'Terminate': '终止', 'Multiple': '多重',
  'Parallel Multiple': '并行多重', 'Expanded': '展开的', 'Collapsed': '折叠的', 'Event': '事件',
};
const NON_INTERRUPTING = ' (Non Interrupting)';
const kindsLongestFirst = Object.keys(KINDS).sort((a, b) => b.length - a.length);

function elementType(text) {
  const nonInterrupting = text.endsWith(NON_INTERRUPTING);
  const name = nonInterrupting ? text.slice(0, -NON_INTERRUPTING.length) : text;
  const kind = kindsLongestFirst.find(k => name === k || name.endsWith(' ' + k));
  if (!kind) return null;
  const prefix = name.slice(0, name.length - kind.length).trim();
  if (prefix && !(prefix in PREFIXES)) return null;
  return (prefix ? PREFIXES[prefix] : '') + KINDS[kind] + (nonInterrupting ? '（不中断）' : '');
}

export function dictionaryFor(culture) {
  return (culture || 'zh-CN').toLowerCase().startsWith('zh') ? zhCN : null;
}

export function createTranslate(culture) {
  const dictionary = dictionaryFor(culture);
  return function translate(template, replacements = {}) {
    const text = dictionary ? (dictionary[template] ?? elementType(template) ?? template) : template;
    return text.replace(/{([^}]+)}/g, (_, key) => (key in replacements ? String(replacements[key]) : `{${key}}`));
  };
}

/** The module that replaces bpmn-js's own translate service. */
export function translateModule(culture) {
  return { translate: [ 'value', createTranslate(culture) ] };
}
