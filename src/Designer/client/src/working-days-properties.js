// Adds the project's own settings to the properties panel: the SLA of a user task (orc:dueDate) and the duration
// of a timer, each entered as a number and a unit (个工作日 / 天 / 小时). The ISO value and the working-day
// calendar marker (orc:calendar="working-days") are written for the engine; what cannot be read is refused with
// a message under the field, never dropped.
import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import { UNITS, WORKING_DAYS, describeSla, parseSla, readSla, writeSla } from './sla.js';

const LOW_PRIORITY = 400;
const SLA_TIMER_TEMPLATE = 'orchestrator.sla-timer';

function timerOf(element) {
  const definitions = getBusinessObject(element).eventDefinitions || [];
  return definitions.find(d => is(d, 'bpmn:TimerEventDefinition'));
}

/** Where an element keeps its SLA: a user task's attributes, or a timer's duration; null when it has none to edit. */
function slaTarget(element, bpmnFactory) {
  const timer = timerOf(element);
  if (timer) {
    // a date, a cycle or an expression (=constructionDueBy) is not an SLA in days or hours
    if (timer.get('timeDate') || timer.get('timeCycle')) return null;
    const duration = timer.get('timeDuration');
    if (duration && (duration.get('body') || '').trim().startsWith('=')) return null;
    return {
      calendarOwner: timer,
      read: () => (timer.get('timeDuration') && timer.get('timeDuration').get('body')) || '',
      write: (modeling, iso, calendar) => {
        const current = timer.get('timeDuration');
        const timeDuration = iso === undefined ? undefined
          : current ? current : bpmnFactory.create('bpmn:FormalExpression', { body: iso });
        if (current && iso !== undefined) modeling.updateModdleProperties(element, current, { body: iso });
        modeling.updateModdleProperties(element, timer, { timeDuration, 'orc:calendar': calendar });
      },
    };
  }
  if (is(element, 'bpmn:UserTask')) {
    const task = getBusinessObject(element);
    return {
      calendarOwner: task,
      read: () => task.get('orc:dueDate') || '',
      write: (modeling, iso, calendar) => modeling.updateModdleProperties(element, task, { 'orc:dueDate': iso, 'orc:calendar': calendar }),
    };
  }
  return null;
}

function current(target) {
  return readSla(target.read(), target.calendarOwner.get('orc:calendar'));
}

function AmountField({ element, id, labels, target }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  const sla = current(target);
  return h(TextFieldEntry, {
    id, element, debounce, label: labels.slaAmount, description: `${labels.slaNow}${describeSla(sla, labels)}`,
    getValue: () => current(target).amount,
    validate: value => (parseSla(value, current(target).unit).error ? labels.slaInvalid : null),
    setValue: (value, error) => {
      if (error) return;
      const parsed = parseSla(value, current(target).unit);
      const { iso, calendar } = writeSla(parsed);
      target.write(modeling, iso, calendar);
    },
  });
}

function UnitSelect({ element, id, labels, target }) {
  const modeling = useService('modeling');
  return h(SelectEntry, {
    id, element, label: labels.slaUnit,
    getValue: () => current(target).unit || '',
    setValue: unit => {
      const { iso, calendar } = writeSla({ amount: current(target).amount, unit: unit || null });
      target.write(modeling, iso, calendar);
    },
    getOptions: () => [
      ...(current(target).unit ? [] : [ { value: '', label: labels.unitOther } ]),
      ...UNITS.map(unit => ({ value: unit, label: labels[`unit_${unit}`] })),
    ],
  });
}

function SlaPropertiesProvider(propertiesPanel, bpmnFactory, config) {
  const labels = (config && config.labels) || {};
  this.getGroups = element => groups => {
    const target = slaTarget(element, bpmnFactory);
    if (!target) return groups;
    // a timer's duration is entered once, here: the Zeebe group keeps its type (date, duration, cycle) only
    const timer = groups.find(g => g.id === 'timer');
    if (timer && timerOf(element)) timer.entries = timer.entries.filter(e => e.id !== 'timerEventDefinitionValue');
    groups.push({
      id: 'orc-working-days', label: labels.group, entries: [
        { id: 'orc-sla-amount', element, labels, target, component: AmountField, isEdited: isTextFieldEntryEdited },
        { id: 'orc-sla-unit', element, labels, target, component: UnitSelect, isEdited: isSelectEntryEdited },
      ],
    });
    return groups;
  };
  propertiesPanel.registerProvider(LOW_PRIORITY, this);
}

SlaPropertiesProvider.$inject = [ 'propertiesPanel', 'bpmnFactory', 'config.orchestrator' ];

// A timer created from our SLA-timer template counts working days from the start.
function WorkingDaysTimerDefaults(eventBus, modeling) {
  eventBus.on('commandStack.propertiesPanel.zeebe.changeTemplate.postExecuted', ({ context }) => {
    const { element, newTemplate } = context;
    const timer = element && timerOf(element);
    if (timer && newTemplate && newTemplate.id.startsWith(SLA_TIMER_TEMPLATE) && !timer.get('orc:calendar')) {
      modeling.updateModdleProperties(element, timer, { 'orc:calendar': WORKING_DAYS });
    }
  });
}

WorkingDaysTimerDefaults.$inject = [ 'eventBus', 'modeling' ];

export default {
  __init__: [ 'workingDaysPropertiesProvider', 'workingDaysTimerDefaults' ],
  workingDaysPropertiesProvider: [ 'type', SlaPropertiesProvider ],
  workingDaysTimerDefaults: [ 'type', WorkingDaysTimerDefaults ],
};
