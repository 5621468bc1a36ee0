# from __future__ import annotations: annotations kept as strings (the
# expressions unparsed), so forward references need no quotes; the
# __future__ module's features.
from __future__ import annotations
import __future__
class Node:
    def link(self, other: Node, *rest: list[Node], key: int | None = None) -> dict[str, Node]:
        return other
    value: Node
    data: "quoted" = 1
print(Node.link.__annotations__)
print(Node.__annotations__)
x: tuple[int, ...] = (1,)
print(__annotations__)
print(__future__.annotations, __future__.all_feature_names[-1])
