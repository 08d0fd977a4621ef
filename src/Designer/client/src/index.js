// The designer's browser side: a bpmn-js modeler (Zeebe properties, element templates, create/append
// anything, our SLA fields) and a read-only viewer, each wrapped in a small API for Blazor; both speak the
// page's language (culture "zh-CN" or "en") through bpmn-js's translate service.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule } from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import { CreateAppendAnythingModule, CreateAppendElementTemplatesModule } from 'bpmn-js-create-append-anything';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import orcModdle from './orc-moddle.json';
import WorkingDaysPropertiesModule from './working-days-properties.js';
import { createAnnotations } from './annotations.js';
import { zoom } from './zoom.js';
import { translateModule } from './i18n/translate.js';
import './styles.js';

const moddleExtensions = { zeebe: zeebeModdle, orc: orcModdle };

function clickReporter(diagram, dotnet) {
  if (!dotnet) return;
  diagram.get('eventBus').on('element.click', event => {
    dotnet.invokeMethodAsync('OnElementClickedAsync', event.element.id);
  });
}

function wrap(diagram, dotnet) {
  const annotations = createAnnotations(diagram);
  clickReporter(diagram, dotnet);
  return {
    async importXml(xml) {
      const { warnings } = await diagram.importXML(xml);
      diagram.get('canvas').zoom('fit-viewport', 'auto');
      return warnings.map(w => w.message);
    },
    async getXml() {
      const { xml } = await diagram.saveXML({ format: true });
      return xml;
    },
    setTemplates(json) { diagram.get('elementTemplatesLoader').setTemplates(JSON.parse(json)); },
    showProblems: problems => annotations.showProblems(problems),
    highlight: (ids, cssClass) => annotations.highlight(ids, cssClass),
    setCounts: counts => annotations.setCounts(counts),
    zoom: (mode, focusId) => zoom(diagram, mode, focusId),
    /** Shows one element at full size (false when the diagram has no such element: then the whole flow is shown). */
    focus(id) {
      const canvas = diagram.get('canvas');
      if (!diagram.get('elementRegistry').get(id)) {
        canvas.zoom('fit-viewport', 'auto');
        return false;
      }
      canvas.zoom(1);
      canvas.scrollToElement(id, { top: 150, bottom: 150, left: 300, right: 300 });
      return true;
    },
    destroy() { diagram.destroy(); },
  };
}

export function createModeler(canvas, panel, dotnet, labels, culture) {
  const modeler = new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    moddleExtensions,
    orchestrator: { labels },
    additionalModules: [
      BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule, ZeebeBehaviorsModule,
      CloudElementTemplatesPropertiesProviderModule, ElementTemplateChooserModule,
      CreateAppendAnythingModule, CreateAppendElementTemplatesModule, WorkingDaysPropertiesModule,
      translateModule(culture),
    ],
  });
  if (dotnet) modeler.on('commandStack.changed', () => dotnet.invokeMethodAsync('OnDiagramChanged'));
  return wrap(modeler, dotnet);
}

export function createViewer(canvas, dotnet, culture) {
  return wrap(new NavigatedViewer({ container: canvas, moddleExtensions, additionalModules: [ translateModule(culture) ] }), dotnet);
}

// The stylesheet esbuild emits beside this module; loaded once, whichever page imports the module first.
if (!document.querySelector('link[data-orc-designer]')) {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL('./modeler.css', import.meta.url).href });
  link.dataset.orcDesigner = '';
  document.head.appendChild(link);
}
