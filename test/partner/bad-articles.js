// A partner feeding <hot-articles> everything it should not.
const hostile = [
  {title: '<img src=x onerror="alert(1)">', subtitle: '<script>alert(2)</script>', url: 'javascript:alert(3)', category: 'Recipes'},
  {title: 'Data URL', url: 'data:text/html,<script>alert(4)</script>', category: 'Recipes'},
  {title: 'VBScript', url: ' vbscript:msgbox(5)', category: 'Recipes'},
  {title: 'Tab in the scheme', url: 'java\tscript:alert(6)', category: 'Recipes'},
  {title: 'Entity', url: '&#106;avascript:alert(7)', category: 'Recipes'},
  {subtitle: 'No title at all', url: 'https://example.org/'},
  {title: 42, url: {toString: () => 'javascript:alert(8)'}},
  null,
  'just a string',
  {title: 'A fine one', url: 'https://example.org/fine', category: 'Recipes', onclick: 'alert(9)'},
];
document.getElementById('hostile').articles = hostile;
document.getElementById('hostile-inside').articles = hostile;
