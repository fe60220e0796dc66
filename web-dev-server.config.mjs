// `npm start`: serves the repository so the demo loads the built dist/embed.js
// exactly as a partner's page would.
export default {
  rootDir: '.',
  port: 8000,
  middleware: [
    function demoAtRoot(context, next) {
      if (context.url === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
