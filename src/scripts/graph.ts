/**
 * /graph/: the citation map, drawn with sigma (WebGL) from /graph.json at the positions laid
 * out at build time. Filters, search-to-focus, click to open, keyboard panning and zooming.
 * Every text from an entry reaches the DOM through textContent only. Without JavaScript, or
 * without WebGL, the page's list of papers is the whole view.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { GraphJson } from '../lib/link/graph-json.ts';
import { linksOf, matchesFilter, readMapData, searchPapers, type MapData, type MapFilter } from './graph-data.ts';
import { NO_TYPE_COLOUR, nodeSize, typeColours } from './graph-palette.ts';

const EDGE_COLOUR = 'rgba(100, 108, 122, 0.5)';
/** Stated relations (extends, critiques…) stand out from citations when they are shown. */
const RELATION_COLOUR = 'rgba(179, 92, 0, 0.9)';
/** Above this many citations, edges and labels are left out while the map moves. */
const LARGE_GRAPH_EDGES = 2000;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const needsScript = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-needs-script]')];

async function start(root: HTMLElement): Promise<void> {
  const status = $<HTMLParagraphElement>('graph-status');
  const container = $<HTMLDivElement>('graph-canvas');
  const response = await fetch(root.dataset.graphUrl ?? '/graph.json');
  if (!response.ok) throw new Error(`graph.json: HTTP ${response.status}`);
  const data = readMapData((await response.json()) as GraphJson);
  const colours = typeColours(data.deceptionTypes.map((t) => t.slug));

  const graph = new Graph({ type: 'directed', multi: false });
  for (const p of data.papers.values()) {
    graph.addNode(p.id, { x: p.x, y: p.y, size: nodeSize(p.citedBy), label: p.label, color: (p.primaryType && colours.get(p.primaryType)) || NO_TYPE_COLOUR });
  }
  // Citations are the graph's edges. Stated relations (extends, critiques…) are drawn only while
  // the links filter asks for them: their edges are added then (one per pair, the graph is not
  // multi) and an edge reducer picks what to show, so the citation map pays nothing for them.
  for (const e of data.cites) if (!graph.hasEdge(e.source, e.target)) graph.addDirectedEdge(e.source, e.target, { cite: true });
  const relationsOf = new Map<string, Set<string>>();
  for (const e of data.relations) {
    const key = `${e.source}\u0000${e.target}`;
    (relationsOf.get(key) ?? relationsOf.set(key, new Set()).get(key)!).add(e.relation!);
  }
  const addedForRelations: string[] = [];
  function showRelationEdges(on: boolean): void {
    if (on && addedForRelations.length === 0) {
      for (const key of relationsOf.keys()) {
        const [source, target] = key.split('\u0000');
        if (!graph.hasEdge(source, target)) addedForRelations.push(graph.addDirectedEdge(source, target, { cite: false }));
      }
    } else if (!on) {
      for (const edge of addedForRelations.splice(0)) graph.dropEdge(edge);
    }
  }
  let linkFilter: Pick<MapFilter, 'relation'> = { relation: '' };

  // Labels are drawn on canvas, so they take the page's text colour (light or dark scheme) here.
  const textColour = getComputedStyle(root).getPropertyValue('--text').trim() || '#1c1d21';
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // sigma divides by the duration, so "no animation" is 1 ms: the move lands on the next frame.
  const duration = reduceMotion ? 1 : 300;
  const visible = new Set(data.papers.keys());
  let selected: string | null = null;

  for (const el of needsScript(root)) el.hidden = false;
  let renderer: Sigma;
  try {
    const large = data.cites.length > LARGE_GRAPH_EDGES;
    renderer = new Sigma(graph, container, {
      // Points and plain lines, not sigma's default instanced circles and arrows: without a GPU
      // (software WebGL) they draw a 2,000-paper, 12,000-citation frame in ~45 ms instead of ~500.
      nodeProgramClasses: { point: NodePointProgram },
      defaultNodeType: 'point',
      edgeProgramClasses: { line: EdgeLineProgram },
      defaultEdgeType: 'line',
      defaultEdgeColor: EDGE_COLOUR,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.5,
      labelColor: { color: textColour },
      zIndex: true,
      zoomDuration: duration,
      doubleClickZoomingDuration: duration,
      ...(reduceMotion ? { inertiaDuration: 1, inertiaRatio: 0 } : {}),
      nodeReducer: (node, attrs) => {
        if (!visible.has(node)) return { ...attrs, hidden: true };
        if (node === selected) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 1 };
        return attrs;
      },
    });
  } catch (error) {
    for (const el of needsScript(root)) el.hidden = true;
    status.textContent = 'The interactive map needs WebGL, which this browser does not provide. The list below holds every paper.';
    throw error;
  }
  const camera = renderer.getCamera();
  const relationReducer = (edge: string, attrs: Record<string, unknown>) => {
    const carried = relationsOf.get(`${graph.source(edge)}\u0000${graph.target(edge)}`);
    const relation = linkFilter.relation;
    const shown = carried !== undefined && (relation === 'any' || carried.has(relation!));
    return shown ? { ...attrs, color: RELATION_COLOUR, size: 2 } : { ...attrs, hidden: true };
  };

  const filter = (): MapFilter => ({
    type: $<HTMLSelectElement>('graph-type').value,
    area: $<HTMLSelectElement>('graph-area').value,
    from: Number($<HTMLInputElement>('graph-from').value) || data.years[0],
    to: Number($<HTMLInputElement>('graph-to').value) || data.years[1],
    relation: $<HTMLSelectElement>('graph-relation')?.value ?? '',
  });

  function applyFilter(): void {
    const f = filter();
    linkFilter = { relation: f.relation };
    showRelationEdges(Boolean(f.relation));
    renderer.setSetting('edgeReducer', f.relation ? relationReducer : null);
    const links = linksOf(data, f);
    const inRelation = new Set(links.flatMap((e) => [e.source, e.target]));
    visible.clear();
    for (const p of data.papers.values()) if (matchesFilter(p, f, inRelation)) visible.add(p.id);
    if (selected && !visible.has(selected)) select(null);
    const edges = links.filter((e) => visible.has(e.source) && visible.has(e.target)).length;
    const what = f.relation ? 'stated relations' : 'citations';
    status.textContent = `Showing ${visible.size.toLocaleString('en')} of ${data.papers.size.toLocaleString('en')} papers and ${edges.toLocaleString('en')} of ${links.length.toLocaleString('en')} ${what}.`;
    root.dataset.visiblePapers = String(visible.size);
    renderer.refresh();
    showResults();
  }

  function select(id: string | null): void {
    selected = id;
    const panel = $<HTMLParagraphElement>('graph-selected');
    const link = $<HTMLAnchorElement>('graph-selected-link');
    const paper = id ? data.papers.get(id) : undefined;
    panel.hidden = !paper;
    if (paper) {
      link.textContent = paper.label;
      // URLs come from the build (/papers/<slug>/); anything else is not followed.
      link.href = paper.url.startsWith('/') ? paper.url : '#';
      $<HTMLSpanElement>('graph-selected-meta').textContent = ` (${paper.year}; cited by ${paper.citedBy} in the atlas)`;
    }
    renderer.refresh({ skipIndexation: true });
  }

  async function focusPaper(id: string): Promise<void> {
    select(id);
    const at = renderer.getNodeDisplayData(id);
    if (!at) return;
    // The choice is made: fold the results away and bring the map into view.
    $<HTMLUListElement>('graph-results').replaceChildren();
    container.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
    delete root.dataset.focused;
    await camera.animate({ x: at.x, y: at.y, ratio: Math.min(camera.ratio, 0.2) }, { duration });
    // Draw now, so hover and click find the paper where it is shown; then say it is in place.
    renderer.refresh({ skipIndexation: true });
    if (selected === id) root.dataset.focused = id;
  }

  function showResults(): void {
    const list = $<HTMLUListElement>('graph-results');
    const hits = searchPapers(data, visible, $<HTMLInputElement>('graph-search').value);
    list.replaceChildren(...hits.map((paper) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = `${paper.label} (${paper.year})`;
      button.addEventListener('click', () => focusPaper(paper.id));
      item.append(button);
      return item;
    }));
  }

  const open = (id: string) => {
    const url = data.papers.get(id)?.url;
    if (url?.startsWith('/')) window.location.assign(url);
  };

  renderer.on('clickNode', ({ node }) => open(node));
  renderer.on('enterNode', () => { container.style.cursor = 'pointer'; });
  renderer.on('leaveNode', () => { container.style.cursor = ''; });

  const form = $<HTMLFormElement>('graph-controls');
  // The search box filters nothing; a change event from it (on blur) must not rebuild the results under the cursor.
  form.addEventListener('change', (event) => { if ((event.target as HTMLElement).id !== 'graph-search') applyFilter(); });
  form.addEventListener('input', (event) => { if ((event.target as HTMLElement).id === 'graph-search') showResults(); });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = searchPapers(data, visible, $<HTMLInputElement>('graph-search').value, 1)[0];
    if (first) focusPaper(first.id);
  });
  form.addEventListener('reset', () => setTimeout(() => {
    select(null);
    applyFilter();
    camera.animatedReset({ duration });
  }));

  container.addEventListener('keydown', (event) => {
    const state = camera.getState();
    const step = 0.1 * state.ratio;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => camera.setState({ x: state.x - step }),
      ArrowRight: () => camera.setState({ x: state.x + step }),
      ArrowUp: () => camera.setState({ y: state.y + step }),
      ArrowDown: () => camera.setState({ y: state.y - step }),
      '+': () => camera.animatedZoom({ duration }),
      '=': () => camera.animatedZoom({ duration }),
      '-': () => camera.animatedUnzoom({ duration }),
      '0': () => camera.animatedReset({ duration }),
      Enter: () => { if (selected) open(selected); },
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  });

  applyFilter();
  root.dataset.ready = 'true';
}

const root = document.getElementById('graph-app');
if (root) {
  start(root).catch((error: unknown) => {
    const status = document.getElementById('graph-status');
    for (const el of needsScript(root)) el.hidden = true;
    if (status && !status.textContent) status.textContent = 'The interactive map could not be loaded. The list below holds every paper.';
    root.dataset.ready = 'failed';
    console.error(error);
  });
}
