/* global window */
/**
 * google.script.run for a page served outside Apps Script (jsdom, Chromium). The page script is the same in both;
 * only the transport differs: window.__scriptRunTransport(name, argsJson) returns a Promise of the JSON reply
 * {"ok":true,"value":...} or {"ok":false,"message":"..."} (see script-run-relay.ts, which runs Code.js).
 *
 * The reference (https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)):
 * "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well as JavaScript objects
 * and arrays that are composed of primitives, objects and arrays. [...] If you attempt to pass a Date, Function, DOM
 * element besides a form, or other prohibited type, including prohibited types inside objects or arrays, the request
 * fails. Objects that create circular references will also fail, and undefined fields within arrays become null."
 * Calls are asynchronous: handlers run later, never inside the call.
 *
 * The guide (https://developers.google.com/apps-script/guides/html/communication): "The google.script.run API allows
 * 10 concurrent calls to server functions. If you make an 11th call while 10 are still running, the server function
 * will be delayed until one of the 10 spots is freed."
 */
(function (win, names) {
  var MAX_CONCURRENT = 10;
  var running = 0;
  var waiting = [];

  function startNext() {
    if (running >= MAX_CONCURRENT || waiting.length === 0) return;
    running += 1;
    var call = waiting.shift();
    win.__scriptRunTransport(call.name, call.argsJson).then(function (json) {
      running -= 1;
      call.done(json);
      startNext();
    });
  }

  function send(name, argsJson, done) {
    waiting.push({ name: name, argsJson: argsJson, done: done });
    startNext();
  }

  function illegalAt(value, path, seen) {
    if (value === null || value === undefined) return null;
    var type = typeof value;
    if (type === 'string' || type === 'boolean') return null;
    if (type === 'number') return null;
    if (type !== 'object') return path;
    if (Object.prototype.toString.call(value) === '[object Date]') return path;
    if (typeof value.nodeType === 'number') return path;
    if (seen.indexOf(value) >= 0) return path;
    var proto = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && proto !== null && Object.getPrototypeOf(proto) !== null) return path;
    var next = seen.concat([value]);
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      var found = illegalAt(value[keys[i]], path ? path + '.' + keys[i] : keys[i], next);
      if (found !== null) return found;
    }
    return null;
  }

  function runner(onSuccess, onFailure, userObject) {
    var run = {
      withSuccessHandler: function (fn) {
        return runner(fn, onFailure, userObject);
      },
      withFailureHandler: function (fn) {
        return runner(onSuccess, fn, userObject);
      },
      withUserObject: function (object) {
        return runner(onSuccess, onFailure, object);
      },
    };
    names.forEach(function (name) {
      run[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var illegal = illegalAt(args, '', []);
        if (illegal !== null) throw new TypeError('Failed due to illegal value in property: ' + illegal);
        send(name, JSON.stringify(args), function (json) {
          var reply = JSON.parse(json);
          win.setTimeout(function () {
            if (reply.ok) {
              if (onSuccess) onSuccess(reply.value, userObject);
            } else if (onFailure) {
              onFailure(new win.Error(reply.message), userObject);
            } else {
              win.console.error(reply.message);
            }
          }, 0);
        });
      };
    });
    return run;
  }

  win.google = { script: { run: runner(null, null, undefined) } };
})(window, window.__scriptRunNames);
