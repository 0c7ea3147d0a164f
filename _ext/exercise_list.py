"""A list of every exercise in the book, for the "All exercises" page.

sphinx-exercise numbers and labels the exercises but has no list of them. The
``exercise-list`` directive marks where the list goes; once every page has been
read and numbered, it becomes one section per page, in table-of-contents order,
with a linked entry per exercise: its number ("Exercise 4.1"), its title, and
whether its solution uses code (a solution made of notebook cells, written
between ``solution-start`` and ``solution-end``).
"""

from docutils import nodes
from sphinx.util.docutils import SphinxDirective


class exercise_list(nodes.General, nodes.Element):
    pass


class ExerciseListDirective(SphinxDirective):
    has_content = False

    def run(self):
        if not hasattr(self.env, "glf_exercise_list_pages"):
            self.env.glf_exercise_list_pages = set()
        self.env.glf_exercise_list_pages.add(self.env.docname)
        return [exercise_list("")]


def forget_page(app, env, docname):
    getattr(env, "glf_exercise_list_pages", set()).discard(docname)


def merge_pages(app, env, docnames, other):
    env.glf_exercise_list_pages = getattr(env, "glf_exercise_list_pages", set()) | getattr(
        other, "glf_exercise_list_pages", set()
    )


def rewrite_lists_on_change(app, env, added, changed, removed):
    """A changed chapter may add or retitle exercises: rewrite the list pages too."""
    if added or changed or removed:
        return sorted(getattr(env, "glf_exercise_list_pages", set()))
    return []


def toc_order(env, root):
    """Every document reachable from the root toctree, in reading order."""
    order = []

    def walk(docname):
        if docname in order:
            return
        order.append(docname)
        for child in env.toctree_includes.get(docname, []):
            walk(child)

    walk(root)
    return order


def solutions_with_code(env, docname):
    """Labels of the exercises on a page whose solution contains notebook cells."""
    labels = set()
    elements = env.get_doctree(docname).findall(nodes.Element)
    for solution in [n for n in elements if type(n).__name__ == "solution_node"]:
        target = solution.get("target_label")
        if target and any("cell" in c.get("classes", []) for c in solution.findall(nodes.container)):
            labels.add(target)
    return labels


def exercise_title(node):
    subtitles = [n for n in node.findall(nodes.Element) if type(n).__name__ == "exercise_subtitle"]
    return subtitles[0].astext().strip(" ()") if subtitles else ""


def build_list(app, doctree, fromdocname):
    env = app.env
    registry = getattr(env, "sphinx_exercise_registry", {})
    for placeholder in list(doctree.findall(exercise_list)):
        content = []
        for docname in toc_order(env, app.config.root_doc):
            numbers = env.toc_fignumbers.get(docname, {}).get("exercise", {})
            entries = [
                (numbers.get(label, ()), label, info["node"])
                for label, info in registry.items()
                if info["docname"] == docname and info["type"] in ("exercise", "exercise-start")
            ]
            if not entries:
                continue
            entries.sort(key=lambda entry: (entry[0], entry[2].get("serial_number", 0)))
            with_code = solutions_with_code(env, docname)
            page_uri = app.builder.get_relative_uri(fromdocname, docname)

            section = nodes.section(ids=[f"exercises-{docname.replace('/', '-')}"])
            secnumber = env.toc_secnumbers.get(docname, {}).get("")
            prefix = ".".join(map(str, secnumber)) + ". " if secnumber else ""
            section += nodes.title(text=prefix + env.titles[docname].astext())
            items = nodes.bullet_list()
            for number, label, node in entries:
                text = "Exercise " + ".".join(map(str, number)) if number else "Exercise"
                name = exercise_title(node)
                paragraph = nodes.paragraph()
                paragraph += nodes.reference("", text, internal=True, refuri=f"{page_uri}#{label}")
                if name:
                    paragraph += nodes.Text(f": {name}")
                if label in with_code:
                    paragraph += nodes.Text(" ")
                    paragraph += nodes.emphasis("", "(solution uses code)", classes=["exercise-uses-code"])
                items += nodes.list_item("", paragraph)
            section += items
            content.append(section)
        if not content:
            content = [nodes.paragraph(text="This book has no exercises yet.")]
        placeholder.replace_self(content)


def setup(app):
    app.setup_extension("sphinx_exercise")
    app.add_node(exercise_list)
    app.add_directive("exercise-list", ExerciseListDirective)
    app.connect("env-purge-doc", forget_page)
    app.connect("env-merge-info", merge_pages)
    app.connect("env-get-outdated", rewrite_lists_on_change)
    app.connect("doctree-resolved", build_list)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
