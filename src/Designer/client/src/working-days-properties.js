// Adds the project's own BPMN attributes (namespace orc) to the properties panel:
// the working-day calendar on timers and user tasks, and the due date of a user task.
import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

const LOW_PRIORITY = 400;
const WORKING_DAYS = 'working-days';
const SLA_TIMER_TEMPLATE = 'orchestrator.sla-timer';

function timerOf(element) {
  const definitions = getBusinessObject(element).eventDefinitions || [];
  return definitions.find(d => is(d, 'bpmn:TimerEventDefinition'));
}

function CalendarSelect({ element, id, target, labels }) {
  const modeling = useService('modeling');
  return h(SelectEntry, {
    id, element, label: labels.calendar,
    getValue: () => target.get('orc:calendar') || '',
    setValue: value => modeling.updateModdleProperties(element, target, { 'orc:calendar': value || undefined }),
    getOptions: () => [
      { value: '', label: labels.naturalDays },
      { value: WORKING_DAYS, label: labels.workingDays },
    ],
  });
}

function DueDateField({ element, id, labels }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  const task = getBusinessObject(element);
  return h(TextFieldEntry, {
    id, element, debounce, label: labels.dueDate, description: labels.dueDateHint,
    getValue: () => task.get('orc:dueDate') || '',
    setValue: value => modeling.updateModdleProperties(element, task, { 'orc:dueDate': value || undefined }),
  });
}

function entries(element, labels) {
  const timer = timerOf(element);
  if (timer) {
    return [ { id: 'orc-timer-calendar', element, labels, target: timer, component: CalendarSelect, isEdited: isSelectEntryEdited } ];
  }
  if (is(element, 'bpmn:UserTask')) {
    return [
      { id: 'orc-due-date', element, labels, component: DueDateField, isEdited: isTextFieldEntryEdited },
      { id: 'orc-task-calendar', element, labels, target: getBusinessObject(element), component: CalendarSelect, isEdited: isSelectEntryEdited },
    ];
  }
  return [];
}

function WorkingDaysPropertiesProvider(propertiesPanel, config) {
  const labels = (config && config.labels) || {};
  this.getGroups = element => groups => {
    const found = entries(element, labels);
    if (found.length) groups.push({ id: 'orc-working-days', label: labels.group, entries: found });
    return groups;
  };
  propertiesPanel.registerProvider(LOW_PRIORITY, this);
}

WorkingDaysPropertiesProvider.$inject = [ 'propertiesPanel', 'config.orchestrator' ];

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
  workingDaysPropertiesProvider: [ 'type', WorkingDaysPropertiesProvider ],
  workingDaysTimerDefaults: [ 'type', WorkingDaysTimerDefaults ],
};
