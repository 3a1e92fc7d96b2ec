// Charts anyone can read (SVG, printable, each with words and a table): the follow-up's
// dashboard and the programme view across countries draw with them.
export { BarChart, type Bar } from './bar-chart';
export { ChartFigure, type ChartTable } from './chart-figure';
export { PathChart, type PathPoint } from './path-chart';
