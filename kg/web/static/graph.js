// The graph view: draws the node's neighbourhood (elements embedded by the server) with cytoscape;
// a click on a node opens its page. The page lists the same nodes for readers without JavaScript.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("elements").textContent);
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: data.nodes.concat(data.edges),
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", "label": "data(label)", "font-size": 9,
                                   "text-wrap": "ellipsis", "text-max-width": 140, "width": 16, "height": 16 } },
      { selector: "node[?centre]", style: { "width": 28, "height": 28, "border-width": 3, "border-color": "#222",
                                            "font-weight": "bold" } },
      { selector: "edge", style: { "width": 1, "line-color": "#bbb", "target-arrow-color": "#bbb",
                                   "target-arrow-shape": "triangle", "curve-style": "bezier" } },
      { selector: "edge:selected, edge.hover", style: { "label": "data(label)", "font-size": 9, "color": "#555",
                                                        "text-rotation": "autorotate", "line-color": "#555" } }
    ],
    // the node in the middle, its neighbours on a ring around it
    layout: { name: "concentric", animate: false, concentric: function (node) { return node.data("centre") ? 2 : 1; },
              levelWidth: function () { return 1; }, minNodeSpacing: 40 }
  });
  cy.on("mouseover", "node", function (event) { event.target.connectedEdges().addClass("hover"); });
  cy.on("mouseout", "node", function (event) { event.target.connectedEdges().removeClass("hover"); });
  cy.on("tap", "node", function (event) {
    var path = event.target.data("path");
    if (path) { window.location.href = "/node/" + path; }
  });
  window.kgGraph = cy;
  document.getElementById("cy").setAttribute("data-drawn", String(cy.nodes().length));
})();
