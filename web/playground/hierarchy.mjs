// hierarchy.mjs: py.hierarchy()'s text (the docs' box-drawing tree) parsed
// into nodes, and drawn as a filterable nested list whose class names are
// buttons.
//   BaseException
//    ├── BaseExceptionGroup
//    └── Exception
//         ├── ArithmeticError
//         │    ├── FloatingPointError
// A line's depth is the column of its name over 5 (the prefix is 5 wide per level).

/** [{ name, depth, children: [...] }] roots of the tree; nodes also listed in .all. */
export function parseHierarchy(text) {
  const roots = [];
  const stack = [];
  for (const line of text.split('\n')) {
    const m = /^(.*?)([A-Za-z_][A-Za-z0-9_]*)(.*)$/.exec(line);
    if (!m) continue;
    const depth = Math.round(m[1].length / 5);
    const node = { name: m[2], extra: m[3].trim(), depth, children: [] };
    while (stack.length && stack[stack.length - 1].depth >= depth) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** Every node of the tree, depth first. */
export function allNodes(roots) {
  const out = [];
  const walk = (n) => { out.push(n); n.children.forEach(walk); };
  roots.forEach(walk);
  return out;
}

/**
 * Draws roots into container as nested <ul role=list> of buttons; onPick(name)
 * runs when one is activated. Returns filter(query): shows the classes whose
 * name contains query (case-insensitive) and their ancestors; returns how many
 * matched.
 */
export function renderHierarchy(container, roots, onPick) {
  const doc = container.ownerDocument;
  const items = [];   // { node, li, parent }
  const build = (nodes, parentItem) => {
    const ul = doc.createElement('ul');
    for (const node of nodes) {
      const li = doc.createElement('li');
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = 'cls';
      b.textContent = node.name;
      b.title = `Insert ${node.name} at the cursor`;
      b.addEventListener('click', () => onPick(node.name));
      li.append(b);
      if (node.extra) {
        const s = doc.createElement('span');
        s.className = 'cls-extra';
        s.textContent = ` ${node.extra}`;
        li.append(s);
      }
      const item = { node, li, parent: parentItem };
      items.push(item);
      if (node.children.length) li.append(build(node.children, item));
      ul.append(li);
    }
    return ul;
  };
  container.replaceChildren(build(roots, null));
  return (query) => {
    const q = query.trim().toLowerCase();
    const shown = new Set();
    let matched = 0;
    for (const it of items) {
      const hit = !q || it.node.name.toLowerCase().includes(q);
      it.li.querySelector(':scope > .cls').classList.toggle('hit', Boolean(q) && hit);
      if (!hit) continue;
      matched++;
      for (let p = it; p && !shown.has(p); p = p.parent) shown.add(p);
    }
    for (const it of items) it.li.hidden = !shown.has(it);
    return matched;
  };
}
